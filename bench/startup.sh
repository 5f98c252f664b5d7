#!/usr/bin/env bash
# Start-up cost of a static hello under the minimal runtime vs musl-gcc -static and gcc -static:
# spawn-to-exit median time, instructions from _start to main (callgrind), and cpuid on the start path.
set -euo pipefail
source "$TWZ_SRC/bench/lib/bench.sh"
cd "$TWZ_TMP"
timer=$(host_tool spawn_timer)

cat >hello_abi.c <<'C'
#include <twizzler/rt/__all.h>
int main(void) { twz_rt_fd_pwrite(1, "hello\n", 6, 0); return 0; }
C
cat >hello_posix.c <<'C'
#include <unistd.h>
int main(void) { write(1, "hello\n", 6); return 0; }
C
"$TWZ_CC" --runtime=minimal -static -O2 hello_abi.c -o hello_twz
gcc -static -O2 hello_posix.c -o hello_glibc
musl-gcc -static -O2 hello_posix.c -o hello_musl

n=${BENCH_SPAWNS:-2000}
ours=$("$timer" "$n" ./hello_twz)
musl=$("$timer" "$n" ./hello_musl)
glibc=$("$timer" "$n" ./hello_glibc)
bench_line startup.static_hello_spawn_exit "$ours" us musl-static "$musl"
bench_line startup.static_hello_spawn_exit "$ours" us glibc-static "$glibc"

# Instructions executed before main: callgrind dumps its counters when main is entered.
count_to_main() {
	rm -f cg.out cg.out.*
	valgrind --tool=callgrind --dump-before=main --callgrind-out-file=cg.out "./$1" >/dev/null 2>&1
	# cg.out.1 is the dump taken on entry to main; cg.out the rest of the run.
	sed -n 's/^summary: //p' cg.out.1 2>/dev/null || echo 0
}
bench_line startup.instructions_start_to_main "$(count_to_main hello_twz)" instructions musl-static \
	"$(count_to_main hello_musl)"
bench_line startup.cpuid_in_binary "$(objdump -d hello_twz | grep -c 'cpuid' || true)" instructions \
	glibc-static "$(objdump -d hello_glibc | grep -c 'cpuid' || true)"
