/* The host layer's memcpy/memmove/memset/memcmp/strlen (src/host/mem.c) and string helpers (str.c),
 * compiled here under other names so they can sit beside the C library's, against simple references:
 * all small sizes, the word/bulk boundaries, every alignment, overlaps in both directions. */
#define memcpy t_memcpy
#define memmove t_memmove
#define memset t_memset
#define memcmp t_memcmp
#define strlen t_strlen
#include "../../src/host/mem.c"
#include "../../src/host/str.c"
#undef memcpy
#undef memmove
#undef memset
#undef memcmp
#undef strlen

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

#define CHECK(c) ((c) ? (void)0 : (void)(failures++, fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #c)))

#define AREA 4096
static unsigned char a[AREA], b[AREA], ref[AREA];

static void fill_pattern(unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(i * 131 + seed * 7 + (i >> 8));
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

/* Sizes around every threshold (word loop, HOST_ARCH_BULK_MIN) plus some large ones. */
static const size_t sizes[] = { 0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129,
				255, 256, 257, 511, 512, 1000, 1024, 1500, 2048, 3000 };
#define NSIZES (sizeof sizes / sizeof sizes[0])

static void test_copy_set(void)
{
	for (size_t k = 0; k < NSIZES; k++) {
		size_t n = sizes[k];
		for (size_t da = 0; da < 9; da++) {
			for (size_t sa = 0; sa < 9; sa += 3) {
				fill_pattern(a, AREA, 1);
				fill_pattern(b, AREA, 2);
				memcpy(ref, b, AREA);
				memcpy(ref + da, a + sa, n);
				CHECK(t_memcpy(b + da, a + sa, n) == b + da);
				CHECK(memcmp(b, ref, AREA) == 0);

				memcpy(ref, b, AREA);
				memset(ref + da, 0x5a + (int)sa, n);
				CHECK(t_memset(b + da, 0x5a + (int)sa, n) == b + da);
				CHECK(memcmp(b, ref, AREA) == 0);
			}
		}
	}
	/* memset uses only the low byte of c. */
	t_memset(b, 0x1ff, 300);
	CHECK(b[0] == 0xff && b[299] == 0xff);
}

static void test_move(void)
{
	for (size_t k = 0; k < NSIZES; k++) {
		size_t n = sizes[k];
		if (n > AREA - 600)
			continue;
		for (int shift = -300; shift <= 300; shift += (shift > -9 && shift < 9) ? 1 : 37) {
			size_t src = 300, dst = (size_t)(300 + shift);
			fill_pattern(a, AREA, 3);
			memcpy(ref, a, AREA);
			memmove(ref + dst, ref + src, n);
			CHECK(t_memmove(a + dst, a + src, n) == a + dst);
			if (memcmp(a, ref, AREA)) {
				failures++;
				fprintf(stderr, "memmove n=%zu shift=%d differs\n", n, shift);
			}
		}
	}
}

static void test_compare(void)
{
	for (size_t k = 0; k < NSIZES; k++) {
		size_t n = sizes[k];
		fill_pattern(a, AREA, 4);
		memcpy(b, a, AREA);
		CHECK(t_memcmp(a, b, n) == 0);
		for (size_t pos = 0; pos < n; pos += n / 7 + 1) {
			memcpy(b, a, AREA);
			b[pos] = (unsigned char)(a[pos] + 1); /* wraps 0xff -> 0x00: both signs get tested */
			CHECK(sign(t_memcmp(a, b, n)) == sign(memcmp(a, b, n)));
			CHECK(sign(t_memcmp(b, a, n)) == sign(memcmp(b, a, n)));
		}
	}
	/* Bytes compare as unsigned. */
	unsigned char x = 0x80, y = 0x01;
	CHECK(t_memcmp(&x, &y, 1) > 0);
}

static void test_strings(void)
{
	CHECK(t_strlen("") == 0 && t_strlen("abc") == 3);
	CHECK(host_strlen("hello") == 5);
	CHECK(host_strnlen("hello", 3) == 3 && host_strnlen("hi", 10) == 2 && host_strnlen("x", 0) == 0);
	const char *s[] = { "", "a", "ab", "abc", "abd", "b", "\xff", "a\x80" };
	for (size_t i = 0; i < 8; i++) {
		for (size_t j = 0; j < 8; j++) {
			CHECK(sign(host_strcmp(s[i], s[j])) == sign(strcmp(s[i], s[j])));
			for (size_t n = 0; n < 4; n++)
				CHECK(sign(host_strncmp(s[i], s[j], n)) == sign(strncmp(s[i], s[j], n)));
		}
	}
	const char *t = "abcabc";
	CHECK(host_memchr(t, 'c', 6) == t + 2 && host_memchr(t, 'x', 6) == NULL && host_memchr(t, 'a', 0) == NULL);
	CHECK(host_memchr(t, 'a' + 256, 6) == t); /* c is taken as unsigned char */
}

int main(void)
{
	test_copy_set();
	test_move();
	test_compare();
	test_strings();
	return failures ? 1 : 0;
}
