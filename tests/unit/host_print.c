/* host_vsnprintf and friends (src/host/print.c) against the C library's snprintf, for every conversion
 * print.h promises; plus truncation, and host_dprintf / host_write_all through a pipe. */
#include "../../src/host/print.c"
#include "../../src/host/fs.c"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int failures;

#define CHECK(c) ((c) ? (void)0 : (void)(failures++, fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #c)))

/* Formats with both implementations into generous buffers and compares text and returned length. */
#define SAME(...)                                                                                   \
	do {                                                                                        \
		char ours_[256], libc_[256];                                                        \
		size_t n_ = host_snprintf(ours_, sizeof ours_, __VA_ARGS__);                        \
		int m_ = snprintf(libc_, sizeof libc_, __VA_ARGS__);                                \
		if ((int)n_ != m_ || strcmp(ours_, libc_)) {                                        \
			failures++;                                                                 \
			fprintf(stderr, "%s:%d: %s: ours \"%s\" (%zu), libc \"%s\" (%d)\n", __FILE__, \
				__LINE__, #__VA_ARGS__, ours_, n_, libc_, m_);                      \
		}                                                                                   \
	} while (0)

static void test_conversions(void)
{
	SAME("plain text");
	SAME("%s|%5s|%-5s|%.2s|%.*s|%*s|%-*s.", "abc", "ab", "ab", "abcdef", 3, "abcdef", 6, "x", 4, "y");
	SAME("%.*s|%.0s|%10.3s|", 0, "abc", "abc", "abcdef");
	const char *volatile null_str = NULL;
	SAME("%s|%10s|%-8s|", null_str, null_str, null_str);
	SAME("%c%c|%3c|%-3c|", 'a', 'b', 'z', 'q');
	SAME("%d %i %d %d", 0, 42, -42, 2147483647);
	SAME("%d", (int)-2147483648);
	SAME("%5d|%-5d|%05d|%05d|%1d|%03d", 42, 42, 42, -42, 12345, 0);
	SAME("%ld %lld %zd %li", -9223372036854775807L - 1, 9223372036854775807LL, (ssize_t)-5, 123L);
	SAME("%u %lu %llu %zu", 4294967295u, 18446744073709551615UL, 18446744073709551615ULL, (size_t)77);
	SAME("%x %X %lx %llX %08x %-8x|", 0xdeadbeefu, 0xdeadbeefu, 0x123456789abcdefUL,
	     0xFEDCBA9876543210ULL, 0xabcu, 0x1u);
	SAME("%hd %hu %hhd %hhu %hx", (short)-3, (unsigned short)65535, (signed char)-100, (unsigned char)200,
	     (unsigned short)0xbeef);
	SAME("%jd %td %zx", (intmax_t)-1, (ptrdiff_t)99, (size_t)0xfff);
	SAME("%.3d|%.0d|%5.3d|%-6.2x|%.0u", 7, 0, -7, 0xau, 0u);
	SAME("%p %p %20p %-20p|", (void *)0x1234, (void *)&failures, (void *)0xabc, (void *)0xabc);
	SAME("%p|%8p|", (void *)0, (void *)0);
	SAME("100%%|%%%%");
	SAME("%*d|%-*d|%*d", 6, 5, 6, 5, -6, 5);
}

static void test_literal_and_truncation(void)
{
	char buf[64];
	/* Conversions print.h does not know are printed as they stand. */
	static char unknown_fmt[] = "a%qb%#x|%";
	size_t n = host_snprintf(buf, sizeof buf, unknown_fmt, 1);
	CHECK(n == strlen("a%qb%#x|%") && strcmp(buf, "a%qb%#x|%") == 0);

	/* Truncation: NUL-terminated within cap, full length returned. */
	memset(buf, 'X', sizeof buf);
	n = host_snprintf(buf, 5, "hello %d", 12345);
	CHECK(n == 11 && strcmp(buf, "hell") == 0 && buf[5] == 'X');
	n = host_snprintf(buf, 1, "abc");
	CHECK(n == 3 && buf[0] == '\0');
	buf[0] = 'Y';
	n = host_snprintf(buf, 0, "abc%s", "def");
	CHECK(n == 6 && buf[0] == 'Y');
	n = host_snprintf(NULL, 0, "%d", 123456);
	CHECK(n == 6);
	for (size_t cap = 1; cap < 20; cap++) {
		char a[32], b[32];
		size_t x = host_snprintf(a, cap, "%-6s|%04x|%d", "ab", 0x1f, -99);
		int y = snprintf(b, cap, "%-6s|%04x|%d", "ab", 0x1f, -99);
		CHECK((int)x == y && strcmp(a, b) == 0);
	}
}

static void test_dprintf(void)
{
	int p[2];
	CHECK(pipe(p) == 0);
	long r = host_dprintf(p[1], "x=%d s=%s", -3, "ok");
	CHECK(r == 9);
	char big[2000];
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	r = host_dprintf(p[1], "%s", big); /* truncated to 511 bytes */
	CHECK(r == 511);
	r = host_write_all(p[1], "END", 3);
	CHECK(r == 0);
	close(p[1]);
	char got[1024];
	size_t have = 0;
	ssize_t k;
	while ((k = read(p[0], got + have, sizeof got - have)) > 0)
		have += (size_t)k;
	close(p[0]);
	CHECK(have == 9 + 511 + 3);
	CHECK(memcmp(got, "x=-3 s=ok", 9) == 0 && got[9] == 'a' && got[9 + 510] == 'a');
	CHECK(memcmp(got + 9 + 511, "END", 3) == 0);
	CHECK(host_write_all(-1, "x", 1) == -EBADF);
	CHECK(host_dprintf(-1, "x") == -EBADF);
}

int main(void)
{
	test_conversions();
	test_literal_and_truncation();
	test_dprintf();
	return failures ? 1 : 0;
}
