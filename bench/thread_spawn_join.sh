#!/usr/bin/env bash
# Thread spawn + join of an empty thread: twz_rt_spawn_thread/twz_rt_join_thread against glibc pthreads.
set -euo pipefail
source "$TWZ_SRC/bench/lib/bench.sh"
cd "$TWZ_TMP"
"$TWZ_CC" --runtime=minimal -static -O2 -I"$TWZ_SRC/bench/lib" "$TWZ_SRC/bench/thread_spawn_join.c" -o thread_spawn_join
gcc -O2 -pthread "$TWZ_SRC/bench/thread_spawn_join_baseline.c" -o thread_spawn_join_baseline
bench_line thread_spawn_join "$(./thread_spawn_join)" ns/op glibc_pthread "$(./thread_spawn_join_baseline)"
