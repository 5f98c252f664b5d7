#!/usr/bin/env bash
# IFUNC: a library with an ifunc resolver (the program and the library reach the same chosen
# implementation) and a program with a local one (R_X86_64_IRELATIVE).
source "$TWZ_SRC/tests/ld/lib/common.sh"

ld_lib ifunc "$LD_SRC/src/ifunc_lib.c"
ld_prog ifunc "$LD_SRC/src/ifunc_prog.c" -lifunc
readelf -rW ifunc | grep -q IRELATIVE || fail "the program has no R_X86_64_IRELATIVE (compiler changed?)"

ld_expect ./ifunc <<'OUT'
ifunc_add from prog 1005
ifunc_add from lib 1009
same address 1
resolver ran 1
prog_mul 10042
prog resolver ran 1
OUT
ld_finish
