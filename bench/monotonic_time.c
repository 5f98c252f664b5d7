/* The monotonic clock benchmark's twzrt side (run by monotonic_time.sh): prints "NS", nanoseconds per
 * twz_rt_get_monotonic_time call. */
#include <twizzler/rt/__all.h>

static uint64_t now_ns(void)
{
	struct duration d = twz_rt_get_monotonic_time();
	return d.seconds * 1000000000ull + d.nanos;
}

static void put_ns(uint64_t total_ns, uint64_t n)
{
	char buf[32];
	int k = (int)sizeof buf;
	uint64_t hundredths = total_ns * 100 / n;
	buf[--k] = '\n';
	buf[--k] = (char)('0' + hundredths % 10);
	buf[--k] = (char)('0' + hundredths / 10 % 10);
	buf[--k] = '.';
	uint64_t whole = hundredths / 100;
	do {
		buf[--k] = (char)('0' + whole % 10);
		whole /= 10;
	} while (whole);
	twz_rt_fd_pwrite(1, buf + k, sizeof buf - (size_t)k, NULL);
}

int main(void)
{
	enum { N = 10000000 };
	volatile uint64_t sink = 0;
	uint64_t t0 = now_ns();
	for (int i = 0; i < N; i++)
		sink += twz_rt_get_monotonic_time().nanos;
	put_ns(now_ns() - t0, N);
	return 0;
}
