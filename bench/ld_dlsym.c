/* dlsym hit and miss cost: N lookups of a symbol the library defines and of one nobody defines, through
 * the library's handle. Prints "hit NS miss NS" (nanoseconds per call). Built with twz-cc (our loader) and
 * with -DLD_BENCH_HOST against glibc or musl. argv[1]: the library's path. */
#include <dlfcn.h>
#include <stdint.h>
#ifdef LD_BENCH_HOST
#include <time.h>
#include <unistd.h>
static uint64_t now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}
#define OUT(s, n) write(1, s, n)
#else
#include <twizzler/rt/__all.h>
static uint64_t now_ns(void)
{
	struct duration d = twz_rt_get_monotonic_time();
	return d.seconds * 1000000000u + d.nanos;
}
#define OUT(s, n) twz_rt_fd_pwrite(1, s, n, 0)
#endif

static void put_u(uint64_t v)
{
	char b[24];
	int i = 24;
	do
		b[--i] = (char)('0' + v % 10);
	while (v /= 10);
	OUT(b + i, (size_t)(24 - i));
}

/* Nanoseconds per dlsym(h, name), best of 5 rounds of n calls. */
static uint64_t per_call(void *h, const char *name, int n)
{
	uint64_t best = UINT64_MAX;
	for (int round = 0; round < 5; round++) {
		uint64_t t0 = now_ns();
		for (int i = 0; i < n; i++) {
			void *volatile p = dlsym(h, name);
			(void)p;
		}
		uint64_t t = (now_ns() - t0) * 1000 / (uint64_t)n; /* picoseconds, for rounding */
		if (t < best)
			best = t;
	}
	return (best + 500) / 1000;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	void *h = dlopen(argv[1], RTLD_NOW);
	if (!h || !dlsym(h, "sym_57"))
		return 1;
	int n = 200000;
	uint64_t hit = per_call(h, "sym_57", n);
	uint64_t miss = per_call(h, "no_such_symbol_here", n);
	OUT("hit ", 4);
	put_u(hit);
	OUT(" miss ", 6);
	put_u(miss);
	OUT("\n", 1);
	return 0;
}
