#!/usr/bin/env bash
# Dynamic hello, end to end (spawn to exit, median) under our loader vs the same program linked
# dynamically against glibc (system ld.so) and musl; and the instructions of the whole run (callgrind).
set -euo pipefail
source "$TWZ_SRC/bench/lib/bench.sh"
source "$TWZ_SRC/bench/lib/ld_common.sh"
cd "$TWZ_TMP"
timer=$(host_tool spawn_timer)

cat >hello.c <<'C'
#ifdef LD_BENCH_HOST
#include <unistd.h>
#define OUT(s, n) write(1, s, n)
#else
#include <twizzler/rt/__all.h>
#define OUT(s, n) twz_rt_fd_pwrite(1, s, n, 0)
#endif
int main(void) { OUT("hello\n", 6); return 0; }
C
ld_build3 hello hello.c

n=${BENCH_SPAWNS:-2000}
ours=$("$timer" "$n" ./hello.twz)
bench_line ld.dynamic_hello_spawn_exit "$ours" us glibc-dynamic "$("$timer" "$n" ./hello.glibc)"
if ((have_musl)); then
	bench_line ld.dynamic_hello_spawn_exit "$ours" us musl-dynamic "$("$timer" "$n" ./hello.musl)"
fi

# Every instruction of the run, loader included (callgrind follows the program from its first one). A run
# that fails under valgrind (wrong output or status) counts nothing: prints nothing, returns 1.
count_all() {
	rm -f cg.out
	local out
	out=$(valgrind --tool=callgrind --callgrind-out-file=cg.out "./$1" 2>cg.err) || return 1
	[[ $out == hello ]] || return 1
	sed -n 's/^summary: //p' cg.out
}
if command -v valgrind >/dev/null; then
	if ours=$(count_all hello.twz) && [[ -n $ours ]]; then
		bench_line ld.dynamic_hello_instructions "$ours" instructions glibc-dynamic "$(count_all hello.glibc)"
		if ((have_musl)); then
			bench_line ld.dynamic_hello_instructions "$ours" instructions musl-dynamic "$(count_all hello.musl)"
		fi
	else
		echo "ld_hello: our hello does not run under valgrind ($(grep -m1 -v '^==' cg.err || true)):" \
			"no instruction count"
	fi
fi
