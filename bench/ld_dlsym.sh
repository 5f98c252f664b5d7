#!/usr/bin/env bash
# dlsym through a handle: nanoseconds per hit and per miss (library of 100 exported functions), ours vs
# glibc and musl, each program run once (best of 5 rounds of 200k calls inside).
set -euo pipefail
source "$TWZ_SRC/bench/lib/bench.sh"
source "$TWZ_SRC/bench/lib/ld_common.sh"
cd "$TWZ_TMP"

for ((i = 0; i < 100; i++)); do echo "int sym_$i(void) { return $i; }"; done >syms.c
"$TWZ_CC" -O2 -shared -fPIC -o libsyms.twz.so syms.c
gcc -O2 -shared -fPIC -o libsyms.glibc.so syms.c
((have_musl)) && musl-gcc -O2 -shared -fPIC -o libsyms.musl.so syms.c
ld_build3 dlsym "$TWZ_SRC/bench/ld_dlsym.c"

read -r _ ours_hit _ ours_miss < <(./dlsym.twz "$PWD/libsyms.twz.so")
read -r _ glibc_hit _ glibc_miss < <(./dlsym.glibc "$PWD/libsyms.glibc.so")
bench_line ld.dlsym_hit "$ours_hit" ns glibc "$glibc_hit"
bench_line ld.dlsym_miss "$ours_miss" ns glibc "$glibc_miss"
if ((have_musl)); then
	read -r _ musl_hit _ musl_miss < <(./dlsym.musl "$PWD/libsyms.musl.so")
	bench_line ld.dlsym_hit "$ours_hit" ns musl "$musl_hit"
	bench_line ld.dlsym_miss "$ours_miss" ns musl "$musl_miss"
fi
