/* The thread spawn+join benchmark's twzrt side (run by thread_spawn_join.sh): prints "NS", nanoseconds
 * per twz_rt_spawn_thread + twz_rt_join_thread of a thread that returns at once (64 KiB stack). */
#include <twizzler/rt/__all.h>
#include "twz_bench.h"

static void body(size_t arg)
{
	(void)arg;
}

int main(void)
{
	enum { N = 20000 };
	struct spawn_args args = {64 * 1024, (uintptr_t)body, 0};
	uint64_t t0 = bench_now_ns();
	for (int i = 0; i < N; i++) {
		struct spawn_result r = twz_rt_spawn_thread(args);
		if (r.err || twz_rt_join_thread(r.id, NO_DURATION))
			return 1;
	}
	bench_put(NULL, bench_now_ns() - t0, N, 1);
	return 0;
}
