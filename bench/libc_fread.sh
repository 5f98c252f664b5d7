#!/usr/bin/env bash
# C library: fopen + fread of a 64 MiB file (in the page cache) with a 64 KiB buffer, ours against glibc
# and musl, static. MiB/s, higher is better (so a ratio above 1 is good here).
set -euo pipefail
source "$TWZ_SRC/bench/lib/bench.sh"
source "$TWZ_SRC/bench/lib/libc_bench.sh"
cd "$TWZ_TMP"
libc_bench_build
head -c $((64 << 20)) /dev/urandom >data64.bin
cat data64.bin >/dev/null
libc_bench_run MiB/s fread "$TWZ_TMP/data64.bin"
