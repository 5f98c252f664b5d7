/* A tiny check library for runtime tests that run without a C library: only twz_rt_* calls.
 *
 * A test is one program: it prints nothing when all is well, one "file:line: what" line per failed check
 * (on fd 2), and returns t_status() from main: 0 pass, 1 fail. Return T_SKIP (77) to report a skip. */
#ifndef TWZ_TESTS_TCHECK_H
#define TWZ_TESTS_TCHECK_H

#include <stdint.h>
#include <stddef.h>
#include <twizzler/rt/__all.h>

#define T_SKIP 77

static int t_failures;

static inline size_t t_strlen(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static inline void t_puts(int fd, const char *s)
{
	twz_rt_fd_pwrite(fd, s, t_strlen(s), NULL);
}

/* Writes an unsigned number in base 10 or 16. */
static inline void t_putu(int fd, uint64_t v, unsigned base)
{
	char buf[24];
	int i = (int)sizeof buf;
	do {
		buf[--i] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	twz_rt_fd_pwrite(fd, buf + i, sizeof buf - (size_t)i, NULL);
}

static inline void t_fail_at(const char *file, int line, const char *what)
{
	t_failures++;
	t_puts(2, file);
	t_puts(2, ":");
	t_putu(2, (uint64_t)line, 10);
	t_puts(2, ": ");
	t_puts(2, what);
	t_puts(2, "\n");
}

static inline void t_fail_u64(const char *file, int line, const char *what, uint64_t got, uint64_t want)
{
	t_fail_at(file, line, what);
	t_puts(2, "    got 0x");
	t_putu(2, got, 16);
	t_puts(2, ", want 0x");
	t_putu(2, want, 16);
	t_puts(2, "\n");
}

/* CHECK(cond): fails the test (and goes on) when cond is false. */
#define CHECK(c) ((c) ? (void)0 : t_fail_at(__FILE__, __LINE__, "CHECK(" #c ") failed"))
/* CHECK_EQ(a, b): compares as unsigned 64-bit numbers and prints both on a mismatch. */
#define CHECK_EQ(a, b)                                                                              \
	do {                                                                                        \
		uint64_t t_a_ = (uint64_t)(a), t_b_ = (uint64_t)(b);                                \
		if (t_a_ != t_b_)                                                                   \
			t_fail_u64(__FILE__, __LINE__, "CHECK_EQ(" #a ", " #b ") failed", t_a_, t_b_); \
	} while (0)
/* CHECK_OK(err): a twz_error that must be success (the whole value compared with 0). */
#define CHECK_OK(e) CHECK_EQ((e), 0)
/* REQUIRE(cond): like CHECK, but ends the test at once. */
#define REQUIRE(c)                                                           \
	do {                                                                 \
		if (!(c)) {                                                  \
			t_fail_at(__FILE__, __LINE__, "REQUIRE(" #c ") failed"); \
			twz_rt_exit(1);                                      \
		}                                                            \
	} while (0)

static inline int t_status(void)
{
	return t_failures ? 1 : 0;
}

#endif
