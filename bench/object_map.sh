#!/usr/bin/env bash
# Object mapping cost: twz_rt_map_object + handle drop when the object is already mapped (hot), when its
# last handle was just released (warm), and without the cache (cold), each against Linux open + mmap of
# a file (+ munmap + close), the baseline a program without object handles pays per mapping.
set -euo pipefail
source "$TWZ_SRC/bench/lib/bench.sh"
cd "$TWZ_TMP"
"$TWZ_CC" --runtime=minimal -static -O2 -I"$TWZ_SRC/bench/lib" "$TWZ_SRC/bench/object_map.c" -o object_map
gcc -O2 "$TWZ_SRC/bench/object_map_baseline.c" -o object_map_baseline
export TWZ_STORE=$TWZ_TMP/store

out=$(./object_map)
base=$(./object_map_baseline "$TWZ_TMP/baseline.obj")
val() { sed -n "s/^$1 //p" <<<"$out"; }
bench_line object_map.hot "$(val hot)" ns/op linux_open_mmap "$base"
bench_line object_map.warm "$(val warm)" ns/op linux_open_mmap "$base"
bench_line object_map.cold "$(val cold)" ns/op linux_open_mmap "$base"
