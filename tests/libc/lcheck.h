/* Checks for the C library's tests (tests/libc): like tests/lib/tcheck.h, but printing with stdio, since
 * the C library is there. Each failed check prints "file:line: what" on stderr; main returns
 * lc_status(): 0 pass, 1 fail (or LC_SKIP, 77, for a skip). */
#ifndef TWZ_TESTS_LCHECK_H
#define TWZ_TESTS_LCHECK_H

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define LC_SKIP 77

static int lc_failures;

#define LC_FAIL(...)                                                 \
	do {                                                         \
		lc_failures++;                                       \
		fprintf(stderr, "%s:%d: ", __FILE__, __LINE__);      \
		fprintf(stderr, __VA_ARGS__);                        \
		fputc('\n', stderr);                                 \
	} while (0)

#define CHECK(c)                                        \
	do {                                            \
		if (!(c))                               \
			LC_FAIL("CHECK(%s) failed", #c); \
	} while (0)

#define CHECK_INT(a, b)                                                                            \
	do {                                                                                       \
		long long lc_a_ = (long long)(a), lc_b_ = (long long)(b);                          \
		if (lc_a_ != lc_b_)                                                                \
			LC_FAIL("CHECK_INT(%s, %s): got %lld, want %lld", #a, #b, lc_a_, lc_b_);    \
	} while (0)

#define CHECK_STR(a, b)                                                                            \
	do {                                                                                       \
		const char *lc_a_ = (a), *lc_b_ = (b);                                             \
		if (!lc_a_ || strcmp(lc_a_, lc_b_) != 0)                                           \
			LC_FAIL("CHECK_STR(%s, %s): got \"%s\", want \"%s\"", #a, #b,              \
				lc_a_ ? lc_a_ : "(null)", lc_b_);                                  \
	} while (0)

/* A call that returns 0 on success and -1 with errno on failure. */
#define CHECK_OK(call)                                                                             \
	do {                                                                                       \
		if ((call) != 0)                                                                   \
			LC_FAIL("%s failed: %s", #call, strerror(errno));                          \
	} while (0)

/* A call that must fail with -1 and errno e. */
#define CHECK_ERR(call, e)                                                                         \
	do {                                                                                       \
		errno = 0;                                                                         \
		long lc_r_ = (long)(call);                                                         \
		if (lc_r_ != -1 || errno != (e))                                                   \
			LC_FAIL("%s: got %ld errno %d (%s), want -1 errno %d (%s)", #call, lc_r_, errno, \
				strerror(errno), (e), strerror(e));                                \
	} while (0)

/* Distance in units in the last place between two finite doubles. */
static inline long long lc_ulps(double a, double b)
{
	long long x, y;
	memcpy(&x, &a, sizeof x);
	memcpy(&y, &b, sizeof y);
	if (x < 0)
		x = (long long)0x8000000000000000ull - x;
	if (y < 0)
		y = (long long)0x8000000000000000ull - y;
	return x > y ? x - y : y - x;
}

#define CHECK_ULP(a, b, n)                                                                         \
	do {                                                                                       \
		double lc_a_ = (a), lc_b_ = (b);                                                   \
		if (!(lc_ulps(lc_a_, lc_b_) <= (n)))                                               \
			LC_FAIL("CHECK_ULP(%s, %s): got %a, want %a (%lld ulp)", #a, #b, lc_a_, lc_b_, \
				lc_ulps(lc_a_, lc_b_));                                            \
	} while (0)

static inline int lc_status(void)
{
	fflush(stdout);
	return lc_failures ? 1 : 0;
}

#endif
