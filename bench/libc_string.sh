#!/usr/bin/env bash
# C library: memcpy, strlen and memcmp on 16 B to 64 KiB, ours (newlib + src/libc on the
# minimal runtime) against glibc and musl, static. ns per operation, lower is better.
set -euo pipefail
source "$TWZ_SRC/bench/lib/bench.sh"
source "$TWZ_SRC/bench/lib/libc_bench.sh"
cd "$TWZ_TMP"
libc_bench_build
libc_bench_run ns/op string
