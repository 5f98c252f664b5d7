#!/usr/bin/env bash
# One read of the monotonic clock: twz_rt_get_monotonic_time against glibc clock_gettime (both vDSO).
set -euo pipefail
source "$TWZ_SRC/bench/lib/bench.sh"
cd "$TWZ_TMP"
"$TWZ_CC" --runtime=minimal -static -O2 -I"$TWZ_SRC/bench/lib" "$TWZ_SRC/bench/monotonic_time.c" -o monotonic_time
gcc -O2 "$TWZ_SRC/bench/monotonic_time_baseline.c" -o monotonic_time_baseline
bench_line monotonic_time "$(./monotonic_time)" ns/op glibc_clock_gettime "$(./monotonic_time_baseline)"
