#!/usr/bin/env bash
# dladdr: object path, load base, nearest symbol and its address for the program, a DT_NEEDED library
# and a dlopen'ed one; 0 for addresses outside every image.
source "$TWZ_SRC/tests/ld/lib/common.sh"

ld_lib dla "$LD_SRC/src/dladdr_lib.c"
sed 's/dla_/dlb_/g' "$LD_SRC/src/dladdr_lib.c" >dlb.c
ld_lib dlb dlb.c
ld_prog dladdr "$LD_SRC/src/dladdr_prog.c" -ldla -rdynamic

ld_expect ./dladdr <<'OUT'
dla_fn: libdla.so dla_fn+0 base ok
dla_fn+3: libdla.so dla_fn+3 base ok
dla_data: libdla.so dla_data+0 base ok
prog_fn: dladdr prog_fn+0
dlb_fn: libdlb.so dlb_fn+0 base ok
stack: none
null: none
OUT
ld_finish
