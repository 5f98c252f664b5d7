/* String and memory functions against known vectors, across sizes and misalignments. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include "lcheck.h"

static unsigned char a[70000], b[70000];

static void fill(unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)((i * 131 + seed * 7 + (i >> 8)) & 0xff);
}

int main(void)
{
	static const size_t sizes[] = { 0, 1, 2, 3, 7, 8, 15, 16, 17, 31, 32, 63, 64, 100, 255, 256, 4095, 4096, 65536 };
	for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
		size_t n = sizes[si];
		for (unsigned off = 0; off < 8; off += 3) {
			fill(a + off, n, (unsigned)n);
			memset(b, 0xee, n + 16);
			CHECK(memcpy(b + off + 1, a + off, n) == b + off + 1);
			CHECK(memcmp(b + off + 1, a + off, n) == 0);
			CHECK(b[off + 1 + n] == 0xee && b[off] == 0xee);
			if (n) {
				b[off + n] ^= 1;
				CHECK(memcmp(b + off + 1, a + off, n) < 0 || memcmp(b + off + 1, a + off, n) > 0);
				CHECK(memcmp(b + off + 1, a + off, n - 1) == 0);
			}
			memset(a, 'x', n + 8);
			a[off + n] = 0;
			CHECK_INT(strlen((char *)a + off), n);
			a[off + n] = 'x';
		}
	}
	/* memmove both directions */
	char m[32] = "0123456789abcdefghij";
	memmove(m + 2, m, 10);
	CHECK(memcmp(m, "010123456789cd", 14) == 0);
	memmove(m, m + 4, 6);
	CHECK(memcmp(m, "234567", 6) == 0);
	/* comparisons and searches */
	CHECK(strcmp("abc", "abd") < 0 && strcmp("b", "a") > 0 && strcmp("same", "same") == 0);
	CHECK(strncmp("abcdef", "abcxyz", 3) == 0);
	CHECK(strcasecmp("HeLLo", "hello") == 0);
	CHECK(memcmp("\x80", "\x01", 1) > 0); /* unsigned comparison */
	const char *s = "hello, world";
	CHECK(strchr(s, 'o') == s + 4 && strrchr(s, 'o') == s + 8 && strchr(s, 'z') == NULL);
	CHECK(strchr(s, '\0') == s + 12);
	CHECK(strstr(s, "wor") == s + 7 && strstr(s, "xyz") == NULL && strstr(s, "") == s);
	CHECK(memchr(s, 'w', 12) == s + 7);
	CHECK_INT(strspn("aaabbc", "ab"), 5);
	CHECK_INT(strcspn("hello", "l"), 2);
	CHECK(strpbrk(s, ",w") == s + 5);
	char buf[32];
	CHECK_STR(strcpy(buf, "copy"), "copy");
	CHECK_STR(strcat(buf, "cat"), "copycat");
	memset(buf, 'z', sizeof buf);
	strncpy(buf, "ab", 5);
	CHECK(memcmp(buf, "ab\0\0\0z", 6) == 0);
	char *d = strdup("duplicate");
	CHECK_STR(d, "duplicate");
	free(d);
	d = strndup("duplicate", 3);
	CHECK_STR(d, "dup");
	free(d);
	char tok[] = "a,b;;c";
	char *save, *t1 = strtok_r(tok, ",;", &save), *t2 = strtok_r(NULL, ",;", &save), *t3 = strtok_r(NULL, ",;", &save);
	CHECK_STR(t1, "a");
	CHECK_STR(t2, "b");
	CHECK_STR(t3, "c");
	CHECK(strtok_r(NULL, ",;", &save) == NULL);
	CHECK(toupper('a') == 'A' && isdigit('7') && !isalpha('7') && isspace('\t'));
	/* conversions */
	CHECK_INT(strtol("-0x1f", NULL, 16), -31);
	CHECK_INT(strtoul("777", NULL, 8), 511);
	CHECK_INT(strtoll("9223372036854775807", NULL, 10), INT64_MAX);
	CHECK_INT(atoi("  42abc"), 42);
	char *end;
	CHECK_INT(strtol("12xyz", &end, 10), 12);
	CHECK_STR(end, "xyz");
	CHECK(strtod("1e-3", NULL) == 0.001);
	CHECK_INT(ffs(0x80), 8);
	return lc_status();
}
