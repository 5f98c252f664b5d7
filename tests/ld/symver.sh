#!/usr/bin/env bash
# Symbol versions (DT_VERSYM/DT_VERDEF/DT_VERNEED): a library with two versions of one function; the
# program gets the default one.
source "$TWZ_SRC/tests/ld/lib/common.sh"

ld_lib symver "$LD_SRC/src/symver_lib.c" -Wl,--version-script="$LD_SRC/src/symver_lib.map"
ld_prog symver "$LD_SRC/src/symver_prog.c" -lsymver

ld_expect ./symver <<'OUT'
ver_fn 2
ver_other 5
OUT
ld_finish
