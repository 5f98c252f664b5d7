/* Allocator micro-benchmarks, built twice from this one file: against the runtime (twz-cc, calls
 * twz_rt_malloc/twz_rt_dealloc) and against glibc (-DBENCH_GLIBC, malloc/free). Prints one
 * "NAME NS_PER_OP" line per workload (best of three runs):
 *   pair32_t1     malloc(32) + free, one thread
 *   window_t1     a window of 1000 live blocks of random 16-256 bytes; each op frees one, allocates one
 *   pair32_t2, window_t2   the same on two threads at once (time per op of each thread) */
#include <stddef.h>
#include <stdint.h>

#define PAIR_OPS 20000000UL
#define WINDOW_OPS 10000000UL
#define WINDOW 1000

#ifdef BENCH_GLIBC
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static inline void *bench_alloc(size_t n)
{
	return malloc(n);
}
static inline void bench_free(void *p, size_t n)
{
	(void)n;
	free(p);
}
static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
typedef pthread_t bench_thread;
static void *pthread_entry(void *arg);
static void (*thread_fn)(size_t);
static bench_thread spawn(void (*fn)(size_t), size_t arg)
{
	pthread_t t;
	thread_fn = fn;
	pthread_create(&t, NULL, pthread_entry, (void *)arg);
	return t;
}
static void *pthread_entry(void *arg)
{
	thread_fn((size_t)arg);
	return NULL;
}
static void join(bench_thread t)
{
	pthread_join(t, NULL);
}
static void print_result(const char *name, uint64_t ps_per_op)
{
	printf("%s %lu.%02lu\n", name, (unsigned long)(ps_per_op / 1000),
	       (unsigned long)(ps_per_op % 1000 / 10));
}
#else
#include <twizzler/rt/__all.h>
static inline void *bench_alloc(size_t n)
{
	return twz_rt_malloc(n, 16, 0);
}
static inline void bench_free(void *p, size_t n)
{
	twz_rt_dealloc(p, n, 16, 0);
}
static uint64_t now_ns(void)
{
	struct duration d = twz_rt_get_monotonic_time();
	return d.seconds * 1000000000u + d.nanos;
}
typedef thread_id bench_thread;
static bench_thread spawn(void (*fn)(size_t), size_t arg)
{
	struct spawn_args a = {.stack_size = 1 << 20, .start = (uintptr_t)fn, .arg = arg};
	struct spawn_result r = twz_rt_spawn_thread(a);
	if (r.err)
		twz_rt_exit(2);
	return r.id;
}
static void join(bench_thread t)
{
	struct option_duration forever = {{0, 0}, 0};
	twz_rt_join_thread(t, forever);
}
static void put(const char *s, size_t n)
{
	twz_rt_fd_pwrite(1, s, n, NULL);
}
static void print_result(const char *name, uint64_t ps_per_op)
{
	char buf[64];
	size_t n = 0;
	while (name[n])
		n++;
	put(name, n);
	uint64_t whole = ps_per_op / 1000, frac = ps_per_op % 1000 / 10;
	int i = 63;
	buf[i--] = '\n';
	buf[i--] = (char)('0' + frac % 10);
	buf[i--] = (char)('0' + frac / 10);
	buf[i--] = '.';
	do {
		buf[i--] = (char)('0' + whole % 10);
		whole /= 10;
	} while (whole);
	buf[i] = ' ';
	put(buf + i, (size_t)(64 - i));
}
#endif

static inline void keep(void *p)
{
	__asm__ volatile("" : : "r"(p) : "memory");
}

static void pair32(size_t unused)
{
	(void)unused;
	for (unsigned long i = 0; i < PAIR_OPS; i++) {
		void *p = bench_alloc(32);
		keep(p);
		bench_free(p, 32);
	}
}

static void window(size_t seed)
{
	static void *slots[2][WINDOW];
	static size_t sizes[2][WINDOW];
	void **w = slots[seed & 1];
	size_t *sz = sizes[seed & 1];
	uint64_t s = 0x9e3779b97f4a7c15ULL ^ seed;
	for (int i = 0; i < WINDOW; i++) {
		sz[i] = 16 + i % 241;
		w[i] = bench_alloc(sz[i]);
	}
	for (unsigned long i = 0; i < WINDOW_OPS; i++) {
		s ^= s << 13;
		s ^= s >> 7;
		s ^= s << 17;
		unsigned k = (unsigned)(s % WINDOW);
		bench_free(w[k], sz[k]);
		sz[k] = 16 + (size_t)(s >> 32) % 241;
		w[k] = bench_alloc(sz[k]);
		*(char *)w[k] = 1;
	}
	for (int i = 0; i < WINDOW; i++)
		bench_free(w[i], sz[i]);
}

static _Atomic int go;
static void (*work)(size_t);
static void gated(size_t arg)
{
	while (!__atomic_load_n(&go, __ATOMIC_ACQUIRE))
		;
	work(arg);
}

/* Best of three: time per op of one thread running fn alone (nthreads 1) or beside another (2). */
static uint64_t measure(void (*fn)(size_t), unsigned long ops, int nthreads)
{
	uint64_t best = UINT64_MAX;
	for (int rep = 0; rep < 3; rep++) {
		uint64_t t0, t1;
		if (nthreads == 1) {
			t0 = now_ns();
			fn(0);
			t1 = now_ns();
		} else {
			work = fn;
			go = 0;
			bench_thread a = spawn(gated, 0), b = spawn(gated, 1);
			t0 = now_ns();
			__atomic_store_n(&go, 1, __ATOMIC_RELEASE);
			join(a);
			join(b);
			t1 = now_ns();
		}
		if (t1 - t0 < best)
			best = t1 - t0;
	}
	return best * 1000 / ops; /* picoseconds per op */
}

int main(void)
{
	print_result("pair32_t1", measure(pair32, PAIR_OPS, 1));
	print_result("window_t1", measure(window, WINDOW_OPS, 1));
	print_result("pair32_t2", measure(pair32, PAIR_OPS, 2));
	print_result("window_t2", measure(window, WINDOW_OPS, 2));
	return 0;
}
