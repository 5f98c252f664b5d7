/* C library workloads, one program built against each C library (ours via twz-cc, glibc, musl) by the
 * bench/libc_*.sh scripts. Usage: libc_bench snprintf|string|fread FILE|mutex. Prints "name value" lines
 * (ns per operation, or MiB/s for fread), each the best of several rounds. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static volatile size_t sink;

#define BEST_OF(rounds, ops, body)                                                                 \
	({                                                                                         \
		double best_ = 1e300;                                                              \
		for (int r_ = 0; r_ < (rounds); r_++) {                                            \
			double t0_ = now_ns();                                                     \
			body;                                                                      \
			double t_ = (now_ns() - t0_) / (double)(ops);                              \
			if (t_ < best_)                                                            \
				best_ = t_;                                                        \
		}                                                                                  \
		best_;                                                                             \
	})

static void bench_snprintf(void)
{
	char buf[256];
	const int n = 200000;
	double t = BEST_OF(5, n, for (int i = 0; i < n; i++) {
		sink += (size_t)snprintf(buf, sizeof buf, "%d %s %08x %.3f %lld %c %-6s|%5.1e", i, "name", i * 2654435761u,
					 i * 0.001, (long long)i << 20, 'a' + i % 26, "pad", i * 1.5);
	});
	printf("snprintf_mixed %.1f\n", t);
}

static void bench_string(void)
{
	static const size_t sizes[] = { 16, 256, 4096, 65536 };
	char *a = malloc(65536 + 64), *b = malloc(65536 + 64);
	memset(a, 'x', 65536 + 64);
	memset(b, 'x', 65536 + 64);
	for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
		size_t len = sizes[s];
		int n = (int)(200000000 / (len + 64));
		a[len] = 0;
		double tc = BEST_OF(5, n, for (int i = 0; i < n; i++) {
			memcpy(b + (i & 7), a, len);
			__asm__ volatile("" ::: "memory");
		});
		double tl = BEST_OF(5, n, for (int i = 0; i < n; i++) {
			sink += strlen(a);
			__asm__ volatile("" ::: "memory");
		});
		memcpy(b, a, len);
		double tm = BEST_OF(5, n, for (int i = 0; i < n; i++) {
			sink += (size_t)memcmp(a, b, len);
			__asm__ volatile("" ::: "memory");
		});
		a[len] = 'x';
		printf("memcpy_%zu %.2f\nstrlen_%zu %.2f\nmemcmp_%zu %.2f\n", len, tc, len, tl, len, tm);
	}
	free(a);
	free(b);
}

static void bench_fread(const char *path)
{
	static char buf[65536];
	double best = 0;
	for (int r = 0; r < 3; r++) {
		double t0 = now_ns();
		FILE *f = fopen(path, "rb");
		if (!f) {
			perror(path);
			exit(1);
		}
		size_t total = 0, got;
		while ((got = fread(buf, 1, sizeof buf, f)) > 0)
			total += got;
		fclose(f);
		double mibs = (double)total / (1 << 20) / ((now_ns() - t0) / 1e9);
		if (mibs > best)
			best = mibs;
	}
	printf("fread_64MiB %.0f\n", best);
}

static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static long counter;
#define CONTENDED_OPS 500000

static void *contender(void *arg)
{
	(void)arg;
	for (int i = 0; i < CONTENDED_OPS; i++) {
		pthread_mutex_lock(&mtx);
		counter++;
		pthread_mutex_unlock(&mtx);
	}
	return NULL;
}

static void bench_mutex(void)
{
	const int n = 5000000;
	double t = BEST_OF(5, n, for (int i = 0; i < n; i++) {
		pthread_mutex_lock(&mtx);
		counter++;
		pthread_mutex_unlock(&mtx);
	});
	printf("mutex_uncontended %.2f\n", t);
	const int nt = 4;
	double tc = BEST_OF(3, (double)nt * CONTENDED_OPS, {
		pthread_t th[4];
		for (int i = 0; i < nt; i++)
			pthread_create(&th[i], NULL, contender, NULL);
		for (int i = 0; i < nt; i++)
			pthread_join(th[i], NULL);
	});
	printf("mutex_contended_4threads %.2f\n", tc);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	if (!strcmp(argv[1], "snprintf"))
		bench_snprintf();
	else if (!strcmp(argv[1], "string"))
		bench_string();
	else if (!strcmp(argv[1], "fread") && argc > 2)
		bench_fread(argv[2]);
	else if (!strcmp(argv[1], "mutex"))
		bench_mutex();
	else
		return 2;
	return 0;
}
