#!/usr/bin/env bash
# A diamond of dependencies (prog -> liba, libb; both -> libd) and a cycle (libcyc1 <-> libcyc2): each
# library is loaded once, its constructor runs once, and all users share its data.
source "$TWZ_SRC/tests/ld/lib/common.sh"

ld_lib d "$LD_SRC/src/diamond_d.c"
ld_lib a "$LD_SRC/src/diamond_side.c" -DSIDE=side_a -ld
ld_lib b "$LD_SRC/src/diamond_side.c" -DSIDE=side_b -ld
# The cycle: a first libcyc1 without its peer, so libcyc2 can link against it, then the real libcyc1.
ld_lib cyc1 "$LD_SRC/src/diamond_cyc.c" -DCYC=cyc1 -DPEER=cyc2 -Wl,--unresolved-symbols=ignore-all
ld_lib cyc2 "$LD_SRC/src/diamond_cyc.c" -DCYC=cyc2 -DPEER=cyc1 -lcyc1
ld_lib cyc1 "$LD_SRC/src/diamond_cyc.c" -DCYC=cyc1 -DPEER=cyc2 -lcyc2
ld_prog diamond "$LD_SRC/src/diamond_prog.c" -la -lb -ld -lcyc1

ld_expect ./diamond <<'OUT'
d_state 12
d_ctor_runs 1
libd images 1
liba images 1
cyc 6
libcyc1 images 1
libcyc2 images 1
OUT
ld_finish
