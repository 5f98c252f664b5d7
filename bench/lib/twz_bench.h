/* Timing and output for the twzrt side of benchmarks that use the runtime ABI alone (no C library). */
#ifndef TWZ_BENCH_H
#define TWZ_BENCH_H

#include <stdint.h>
#include <twizzler/rt/__all.h>

/* Monotonic time in nanoseconds. */
static inline uint64_t bench_now_ns(void)
{
	struct duration d = twz_rt_get_monotonic_time();
	return d.seconds * 1000000000ull + d.nanos;
}

/* Writes "NAME VALUE\n" (or "VALUE\n" when name is NULL) to stdout, VALUE being total_ns / n with
 * `decimals` (0-3) digits after the point. */
static inline void bench_put(const char *name, uint64_t total_ns, uint64_t n, unsigned decimals)
{
	char buf[64];
	size_t k = 0;
	uint64_t scale = 1;
	for (unsigned i = 0; i < decimals; i++)
		scale *= 10;
	uint64_t v = total_ns * scale / n;
	while (name && *name && k < 32)
		buf[k++] = *name++;
	if (name)
		buf[k++] = ' ';
	char digits[24];
	int d = 0;
	uint64_t whole = v / scale;
	do {
		digits[d++] = (char)('0' + whole % 10);
		whole /= 10;
	} while (whole);
	while (d)
		buf[k++] = digits[--d];
	if (decimals) {
		buf[k++] = '.';
		for (uint64_t s = scale / 10; s; s /= 10)
			buf[k++] = (char)('0' + v / s % 10);
	}
	buf[k++] = '\n';
	twz_rt_fd_pwrite(1, buf, k, NULL);
}

#endif
