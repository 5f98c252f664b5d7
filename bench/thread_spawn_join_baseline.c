/* Baseline of thread_spawn_join: glibc pthread_create + pthread_join with the same 64 KiB stack. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

static void *body(void *arg)
{
	return arg;
}

int main(void)
{
	enum { N = 20000 };
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (int i = 0; i < N; i++) {
		pthread_t t;
		if (pthread_create(&t, &attr, body, NULL) || pthread_join(t, NULL))
			return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &b);
	uint64_t ns =
	    (uint64_t)(b.tv_sec - a.tv_sec) * 1000000000ull + (uint64_t)b.tv_nsec - (uint64_t)a.tv_nsec;
	printf("%.1f\n", (double)ns / N);
	return 0;
}
