/* The monotonic clock benchmark's twzrt side (run by monotonic_time.sh): prints "NS", nanoseconds per
 * twz_rt_get_monotonic_time call. */
#include <twizzler/rt/__all.h>
#include "twz_bench.h"

int main(void)
{
	enum { N = 10000000 };
	volatile uint64_t sink = 0;
	uint64_t t0 = bench_now_ns();
	for (int i = 0; i < N; i++)
		sink += twz_rt_get_monotonic_time().nanos;
	bench_put(NULL, bench_now_ns() - t0, N, 2);
	return 0;
}
