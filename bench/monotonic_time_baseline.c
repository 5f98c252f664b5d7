/* Baseline of monotonic_time: glibc clock_gettime(CLOCK_MONOTONIC) (vDSO). */
#include <stdint.h>
#include <stdio.h>
#include <time.h>

int main(void)
{
	enum { N = 10000000 };
	volatile uint64_t sink = 0;
	struct timespec a, b, t;
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (int i = 0; i < N; i++) {
		clock_gettime(CLOCK_MONOTONIC, &t);
		sink += (uint64_t)t.tv_nsec;
	}
	clock_gettime(CLOCK_MONOTONIC, &b);
	uint64_t ns =
	    (uint64_t)(b.tv_sec - a.tv_sec) * 1000000000ull + (uint64_t)b.tv_nsec - (uint64_t)a.tv_nsec;
	printf("%.2f\n", (double)ns / N);
	return 0;
}
