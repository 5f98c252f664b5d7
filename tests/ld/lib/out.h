/* Output and threads for the loader's test programs and libraries, which have no C library: numbers and
 * strings written straight to a descriptor, threads through the runtime ABI.
 *
 * Everything is static inline, so a program and each of its libraries carry their own copy and no test
 * library depends on another for printing. Built with -DTWZ_LD_HOST the same calls go to glibc (write,
 * pthreads, dl_iterate_phdr): `TWZ_LD_HOST=1 bash tests/ld/NAME.sh` checks a test's expectations against
 * the system's own loader. */
#ifndef TWZ_TESTS_LD_OUT_H
#define TWZ_TESTS_LD_OUT_H

#if defined(TWZ_LD_HOST) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE 1
#endif
#include <stddef.h>
#include <stdint.h>

#ifdef TWZ_LD_HOST
#include <link.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <unistd.h>
#else
#include <twizzler/rt/__all.h>
#endif

static inline size_t out_len(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static inline void out_write(int fd, const char *s, size_t n)
{
#ifdef TWZ_LD_HOST
	while (n) {
		ssize_t w = write(fd, s, n);
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
#else
	twz_rt_fd_pwrite(fd, s, n, NULL);
#endif
}

/* Writes s to standard output. */
static inline void out_s(const char *s)
{
	out_write(1, s, out_len(s));
}

/* Writes v in base 10 (base 16 for out_x, with no prefix). */
static inline void out_base(int fd, uint64_t v, unsigned base)
{
	char buf[24];
	size_t i = sizeof buf;
	do {
		buf[--i] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	out_write(fd, buf + i, sizeof buf - i);
}

static inline void out_u(uint64_t v)
{
	out_base(1, v, 10);
}

static inline void out_x(uint64_t v)
{
	out_base(1, v, 16);
}

/* Writes one line: s followed by a newline, in a single write (lines from threads stay whole). */
static inline void out_line(const char *s)
{
	char buf[256];
	size_t n = out_len(s);
	if (n > sizeof buf - 1)
		n = sizeof buf - 1;
	for (size_t i = 0; i < n; i++)
		buf[i] = s[i];
	buf[n] = '\n';
	out_write(1, buf, n + 1);
}

/* Writes "what value\n". */
static inline void out_kv(const char *what, uint64_t v)
{
	out_s(what);
	out_s(" ");
	out_u(v);
	out_s("\n");
}

/* Reports a failed check on standard error: "file:line: what". */
static inline void out_fail(const char *file, int line, const char *what)
{
	out_write(2, file, out_len(file));
	out_write(2, ":", 1);
	out_base(2, (uint64_t)line, 10);
	out_write(2, ": ", 2);
	out_write(2, what, out_len(what));
	out_write(2, "\n", 1);
}

static int out_failures __attribute__((unused));
/* EXPECT(cond): counts and reports a failed condition; the program goes on. */
#define EXPECT(c) ((c) ? (void)0 : (out_failures++, out_fail(__FILE__, __LINE__, "EXPECT(" #c ") failed")))

static inline int out_streq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* True if s ends with suffix. */
static inline int out_endswith(const char *s, const char *suffix)
{
	if (!s)
		return 0;
	size_t n = out_len(s), m = out_len(suffix);
	return n >= m && out_streq(s + n - m, suffix);
}

/* True if needle occurs in s. */
static inline int out_contains(const char *s, const char *needle)
{
	if (!s)
		return 0;
	size_t m = out_len(needle);
	for (; *s; s++) {
		size_t i = 0;
		while (i < m && s[i] == needle[i])
			i++;
		if (i == m)
			return 1;
	}
	return m == 0;
}

/* The last path component of s. */
static inline const char *out_basename(const char *s)
{
	const char *b = s;
	for (; s && *s; s++)
		if (*s == '/')
			b = s + 1;
	return b;
}

static inline void out_exit(int code)
{
#ifdef TWZ_LD_HOST
	exit(code);
#else
	twz_rt_exit(code);
#endif
}

static inline void out_yield(void)
{
#ifdef TWZ_LD_HOST
	sched_yield();
#else
	twz_rt_yield_now();
#endif
}

/* Threads: out_spawn runs fn(arg) on a new thread and returns an id for out_join (0 on failure). */
#ifdef TWZ_LD_HOST
struct out_thread_start {
	void (*fn)(size_t);
	size_t arg;
};

static void *out_thread_main(void *p)
{
	struct out_thread_start s = *(struct out_thread_start *)p;
	free(p);
	s.fn(s.arg);
	return NULL;
}

static inline uint64_t out_spawn(void (*fn)(size_t), size_t arg)
{
	pthread_t t;
	struct out_thread_start *s = malloc(sizeof *s);
	if (!s)
		return 0;
	s->fn = fn;
	s->arg = arg;
	if (pthread_create(&t, NULL, out_thread_main, s) != 0)
		return 0;
	return (uint64_t)t;
}

static inline int out_join(uint64_t id)
{
	return pthread_join((pthread_t)id, NULL) == 0;
}
#else
static inline uint64_t out_spawn(void (*fn)(size_t), size_t arg)
{
	struct spawn_result r = twz_rt_spawn_thread((struct spawn_args){256 * 1024, (uintptr_t)fn, arg});
	return r.err ? 0 : r.id;
}

static inline int out_join(uint64_t id)
{
	return twz_rt_join_thread((thread_id)id, NO_DURATION) == 0;
}
#endif

/* Calls fn(name, load bias, data) for every loaded image, in load order. */
typedef void (*out_image_fn)(const char *name, uintptr_t bias, void *data);
struct out_image_walk {
	out_image_fn fn;
	void *data;
};

#ifdef TWZ_LD_HOST
static int out_image_cb(struct dl_phdr_info *info, size_t size, void *data)
{
	struct out_image_walk *w = data;
	(void)size;
	w->fn(info->dlpi_name, info->dlpi_addr, w->data);
	return 0;
}

static inline void out_images(out_image_fn fn, void *data)
{
	struct out_image_walk w = {fn, data};
	dl_iterate_phdr(out_image_cb, &w);
}
#else
static int out_image_cb(const struct TWZ_RT_DL_PHDR_INFO *info, size_t size, void *data)
{
	struct out_image_walk *w = data;
	(void)size;
	w->fn(info->name, info->addr, w->data);
	return 0;
}

static inline void out_images(out_image_fn fn, void *data)
{
	struct out_image_walk w = {fn, data};
	twz_rt_iter_phdr(out_image_cb, &w);
}
#endif

/* How many loaded images have a file name ending in suffix. */
struct out_count_ctx {
	const char *suffix;
	unsigned n;
};

static void out_count_cb(const char *name, uintptr_t bias, void *data)
{
	struct out_count_ctx *c = data;
	(void)bias;
	if (out_endswith(name, c->suffix))
		c->n++;
}

static inline unsigned out_count_images(const char *suffix)
{
	struct out_count_ctx c = {suffix, 0};
	out_images(out_count_cb, &c);
	return c.n;
}

#endif
