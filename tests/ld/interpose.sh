#!/usr/bin/env bash
# Symbol interposition order: the program's definition of a function or variable wins over a library's
# (also for the library's own calls), the first library in breadth-first order wins among libraries, and
# a library's variable used by the program (copy relocation) is one object for both.
source "$TWZ_SRC/tests/ld/lib/common.sh"

ld_lib ipa2 "$LD_SRC/src/interpose_a2.c"
ld_lib ipa "$LD_SRC/src/interpose_a.c" -lipa2
ld_lib ipb "$LD_SRC/src/interpose_b.c"
ld_prog interpose "$LD_SRC/src/interpose_prog.c" -lipa -lipb

ld_expect ./interpose <<'OUT'
who_fn prog
a_calls_who prog
shared_var via libipa 1
dup_fn ipa
a_calls_dup ipa
b_calls_dup ipa
bfs_fn ipb
a2_calls_bfs ipb
lib_var 42
lib_var seen by libipb 43
OUT
ld_finish
