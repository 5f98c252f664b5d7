/* The thread spawn+join benchmark's twzrt side (run by thread_spawn_join.sh): prints "NS", nanoseconds
 * per twz_rt_spawn_thread + twz_rt_join_thread of a thread that returns at once (64 KiB stack). */
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
	uint64_t tenths = total_ns * 10 / n;
	buf[--k] = '\n';
	buf[--k] = (char)('0' + tenths % 10);
	buf[--k] = '.';
	uint64_t whole = tenths / 10;
	do {
		buf[--k] = (char)('0' + whole % 10);
		whole /= 10;
	} while (whole);
	twz_rt_fd_pwrite(1, buf + k, sizeof buf - (size_t)k, NULL);
}

static void body(size_t arg)
{
	(void)arg;
}

int main(void)
{
	enum { N = 20000 };
	struct spawn_args args = {64 * 1024, (uintptr_t)body, 0};
	uint64_t t0 = now_ns();
	for (int i = 0; i < N; i++) {
		struct spawn_result r = twz_rt_spawn_thread(args);
		if (r.err || twz_rt_join_thread(r.id, NO_DURATION))
			return 1;
	}
	put_ns(now_ns() - t0, N);
	return 0;
}
