#!/usr/bin/env bash
# dlopen flags and dlsym handles: RTLD_LOCAL/RTLD_GLOBAL scoping, RTLD_NOLOAD (also promoting to
# global), RTLD_NODELETE, dlopen(NULL), dependency scope of a handle, RTLD_DEFAULT, RTLD_NEXT, and a
# library kept loaded while another is bound to its symbols.
source "$TWZ_SRC/tests/ld/lib/common.sh"

echo 'int sa_sym(void) { return 1; }' >sa.c
echo 'int sa_sym(void); int b_calls_sa(void) { return sa_sym(); }' >sb.c
echo 'int e_sym(void) { return 5; }' >se.c
echo 'int sg_sym(void) { return 6; }' >sg.c
echo 'int e_sym(void); int prog_exported(void); int d_calls_prog(void) { return prog_exported() + e_sym(); }' >sd.c
cat >snd.c <<'C'
#include "out.h"
__attribute__((destructor)) static void dtor(void) { out_line("dtor snd"); }
int snd_sym;
C
ld_lib sa sa.c
ld_lib sb sb.c
ld_lib se se.c
ld_lib sg sg.c
ld_lib sd sd.c -lse
ld_lib snd snd.c
ld_lib next2 "$LD_SRC/src/dlscope_next.c" -DNAME=next2
ld_lib next1 "$LD_SRC/src/dlscope_next.c" -DNAME=next1
ld_prog dlscope "$LD_SRC/src/dlscope_prog.c" -rdynamic -lnext1 -lnext2

ld_expect ./dlscope <<'OUT'
local: default finds sa_sym 0
local: handle finds sa_sym 1
libsb needing sa_sym opens 0
noload of libse 0
libse images 0
noload of libsa is its handle 1
global: default finds sa_sym 1
b_calls_sa 1
handle finds its dependency's e_sym 1
default finds e_sym 0
handle finds the program's symbol 0
libsd calls the program 47
libsa images while libsb uses it 1
libsa images after libsb closed 0
self finds prog_exported 1
self finds sg_sym 1
self finds e_sym 0
libse images after libsd closed 0
nodelete images after dlclose 1
nodelete noload 1
next_fn: prog next1 next2 end
main end
dtor snd
OUT
ld_finish
