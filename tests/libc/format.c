/* Formatted I/O: printf and scanf round trips, including floats, long long and C99 formats. */
#define _GNU_SOURCE
#include <float.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lcheck.h"

int main(void)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%#x|%c|%s|%.2s|%%", -42, 7, 7, 42, 3, 255, 255, 8, 255,
		 'q', "str", "abc");
	CHECK_STR(buf, "-42|    7|7    |00042|+3|ff|FF|10|0xff|q|str|ab|%");
	snprintf(buf, sizeof buf, "%lld %llu %jd %zu %hhd %hd %" PRIu64 " %" PRIx32, -9223372036854775807LL - 1,
		 18446744073709551615ULL, (intmax_t)-5, (size_t)123, (signed char)-1, (short)-2, (uint64_t)1 << 40,
		 (uint32_t)0xdeadbeef);
	CHECK_STR(buf, "-9223372036854775808 18446744073709551615 -5 123 -1 -2 1099511627776 deadbeef");
	snprintf(buf, sizeof buf, "%.3f %e %g %g %g %a %.0f %.1f", 3.14159, 12345.678, 0.0001, 1e20, 100.0, 1.0, 2.5,
		 0.05);
	CHECK_STR(buf, "3.142 1.234568e+04 0.0001 1e+20 100 0x1p+0 2 0.1");
	snprintf(buf, sizeof buf, "%f %f %f %Lf", 1.0 / 0.0, -1.0 / 0.0, 1.5, 2.5L);
	CHECK_STR(buf, "inf -inf 1.500000 2.500000");
	snprintf(buf, sizeof buf, "%10.4f|%-10.2e|%p", -1.5, 1e-10, (void *)0x1234);
	CHECK_STR(buf, "   -1.5000|1.00e-10  |0x1234");
	int n = -1;
	snprintf(buf, sizeof buf, "abc%n", &n);
	CHECK_INT(n, 3);
	/* truncation returns the full length */
	volatile size_t five = 5;
	CHECK_INT(snprintf(buf, five, "%s", "0123456789"), 10);
	CHECK_STR(buf, "0123");
	/* round trips of doubles with %.17g and %a */
	uint64_t x = 0x243f6a8885a308d3ull;
	for (int i = 0; i < 2000; i++) {
		x = x * 6364136223846793005ull + 1442695040888963407ull;
		double d;
		uint64_t bits = (x >> 1) & ~(0x7ffull << 52);
		bits |= (uint64_t)((i % 200) + 923) << 52; /* exponents around 1e-30..1e30 */
		memcpy(&d, &bits, sizeof d);
		if (i & 1)
			d = -d;
		snprintf(buf, sizeof buf, "%.17g", d);
		double back = strtod(buf, NULL);
		if (back != d) {
			LC_FAIL("%%.17g round trip of %a: \"%s\" -> %a", d, buf, back);
			break;
		}
		snprintf(buf, sizeof buf, "%a", d);
		double back2 = strtod(buf, NULL); /* newlib's scanf does not read hexadecimal floats */
		if (back2 != d) {
			LC_FAIL("%%a round trip of %a: \"%s\" -> %a", d, buf, back2);
			break;
		}
	}
	CHECK(strtod("0x1.8p1", NULL) == 3.0);
	CHECK(strtod("2.2250738585072014e-308", NULL) == DBL_MIN);
	CHECK(strtof("3.4028234664e38", NULL) == FLT_MAX);
	/* scanf */
	int i1, i2;
	long long ll;
	double dd;
	float ff;
	char word[16];
	unsigned ux;
	int got = sscanf("  12 -7 123456789012345 2.5e3 0.125 hello ff", "%d %d %lld %lf %f %15s %x", &i1, &i2, &ll,
			 &dd, &ff, word, &ux);
	CHECK_INT(got, 7);
	CHECK_INT(i1, 12);
	CHECK_INT(i2, -7);
	CHECK_INT(ll, 123456789012345LL);
	CHECK(dd == 2500.0 && ff == 0.125f);
	CHECK_STR(word, "hello");
	CHECK_INT(ux, 255);
	char c1, rest[16];
	CHECK_INT(sscanf("a:rest", "%c:%[a-z]", &c1, rest), 2);
	CHECK(c1 == 'a');
	CHECK_STR(rest, "rest");
	CHECK_INT(sscanf("", "%d", &i1), EOF);
	CHECK_INT(sscanf("x", "%d", &i1), 0);
	/* asprintf and wide output */
	char *dyn = NULL;
	CHECK_INT(asprintf(&dyn, "%s-%d", "dyn", 99), 6);
	CHECK_STR(dyn, "dyn-99");
	free(dyn);
	return lc_status();
}
