#!/usr/bin/env bash
# Allocator speed: the runtime's twz_rt_malloc/dealloc (twz-cc --runtime=minimal -static) against glibc
# malloc/free (gcc -static) on the same workloads in the same run (see bench/malloc.c). ns per op, lower
# is better.
set -euo pipefail
source "$TWZ_SRC/bench/lib/bench.sh"
cd "$TWZ_TMP"

"$TWZ_CC" --runtime=minimal -static -O2 -fno-builtin "$TWZ_SRC/bench/malloc.c" -o malloc_twz
gcc -static -O2 -fno-builtin -DBENCH_GLIBC "$TWZ_SRC/bench/malloc.c" -o malloc_glibc -lpthread

# Alternate the two programs a few times (each already keeps its best of three) and keep the best value
# per workload, so a noisy neighbour on the machine hurts both sides alike.
: >ours.txt
: >glibc.txt
for _ in 1 2 3; do
	./malloc_twz >>ours.txt
	./malloc_glibc >>glibc.txt
done
best() { awk -v n="$1" '$1 == n && (b == "" || $2 < b) { b = $2 } END { print b }' "$2"; }
for name in pair32_t1 window_t1 pair32_t2 window_t2; do
	bench_line "malloc.$name" "$(best $name ours.txt)" ns/op glibc "$(best $name glibc.txt)"
done
