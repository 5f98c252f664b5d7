/* twz_rt_malloc/dealloc/realloc on one thread: normal use, layouts, zeroing, alignment, error paths. */
#include "tcheck.h"

/* The allocator's figures (internal; linked from the static runtime). Weak: absent means skip those checks.
 */
struct rt_alloc_stats {
	size_t live_caches, heap_objects, heap_pages, free_pages, dirty_free_pages;
};
extern void rt_alloc_get_stats(struct rt_alloc_stats *st) __attribute__((weak));

static void fill(unsigned char *p, size_t n, unsigned char seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(seed + i * 7);
}

static int same(const unsigned char *p, size_t n, unsigned char seed)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != (unsigned char)(seed + i * 7))
			return 0;
	return 1;
}

static int zero(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

static void test_simple(void)
{
	unsigned char *p = twz_rt_malloc(32, 8, 0);
	REQUIRE(p != NULL);
	CHECK(((uintptr_t)p & 7) == 0);
	fill(p, 32, 1);
	CHECK(same(p, 32, 1));
	twz_rt_dealloc(p, 32, 8, 0);

	/* Many live blocks of one size are distinct and keep their contents. */
	static unsigned char *v[4000];
	for (int i = 0; i < 4000; i++) {
		v[i] = twz_rt_malloc(48, 16, 0);
		REQUIRE(v[i] != NULL);
		CHECK(((uintptr_t)v[i] & 15) == 0);
		fill(v[i], 48, (unsigned char)i);
	}
	for (int i = 0; i < 4000; i++) {
		CHECK(same(v[i], 48, (unsigned char)i));
		twz_rt_dealloc(v[i], 48, 16, 0);
	}
}

static void test_zero_size_and_errors(void)
{
	/* sz == 0 is treated as 1: valid, unique, freeable. */
	void *a = twz_rt_malloc(0, 1, 0), *b = twz_rt_malloc(0, 1, 0);
	CHECK(a && b && a != b);
	twz_rt_dealloc(a, 0, 1, 0);
	twz_rt_dealloc(b, 0, 1, 0);
	void *c = twz_rt_malloc(0, 4096, 0);
	CHECK(c && ((uintptr_t)c & 4095) == 0);
	twz_rt_dealloc(c, 0, 4096, 0);

	/* Invalid alignment. */
	CHECK(twz_rt_malloc(16, 0, 0) == NULL);
	CHECK(twz_rt_malloc(16, 3, 0) == NULL);
	CHECK(twz_rt_malloc(16, 24, 0) == NULL);
	CHECK(twz_rt_malloc(100000, 4097, 0) == NULL);
	CHECK(twz_rt_malloc(16, 3, ZERO_MEMORY) == NULL);
	/* Sizes that overflow when rounded, or cannot be had. */
	CHECK(twz_rt_malloc(SIZE_MAX, 1, 0) == NULL);
	CHECK(twz_rt_malloc(SIZE_MAX - 8, 16, 0) == NULL);
	CHECK(twz_rt_malloc((size_t)PTRDIFF_MAX, 1, 0) == NULL);
	CHECK(twz_rt_malloc((size_t)1 << 40, 8, 0) == NULL);
	CHECK(twz_rt_malloc(8, (size_t)1 << 63, 0) == NULL);
	CHECK(twz_rt_malloc((size_t)1 << 40, 8, ZERO_MEMORY) == NULL);

	/* dealloc of NULL and of an invalid layout do nothing. */
	twz_rt_dealloc(NULL, 16, 8, 0);
	twz_rt_dealloc(NULL, 16, 8, ZERO_MEMORY);
	void *p = twz_rt_malloc(16, 8, 0);
	REQUIRE(p);
	twz_rt_dealloc(p, 16, 3, 0);
	/* realloc with an invalid layout: NULL, block untouched. */
	fill(p, 16, 9);
	CHECK(twz_rt_realloc(p, 16, 3, 32, 0) == NULL);
	CHECK(twz_rt_realloc(p, 16, 8, SIZE_MAX, 0) == NULL);
	CHECK(twz_rt_realloc(p, 16, 8, (size_t)1 << 40, 0) == NULL);
	CHECK(same(p, 16, 9));
	twz_rt_dealloc(p, 16, 8, 0);
	/* realloc of NULL allocates. */
	void *q = twz_rt_realloc(NULL, 0, 8, 100, ZERO_MEMORY);
	CHECK(q && zero(q, 100));
	twz_rt_dealloc(q, 100, 8, 0);
}

static void test_zero_memory(void)
{
	static const size_t sizes[] = {1, 24, 100, 1000, 4096, 20000, 32768, 40000, 300000, 5u << 20};
	for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		size_t n = sizes[i];
		/* Dirty a block, free it, then ask for zeroed memory (likely the same block). */
		unsigned char *p = twz_rt_malloc(n, 8, 0);
		REQUIRE(p);
		fill(p, n, 3);
		twz_rt_dealloc(p, n, 8, 0);
		unsigned char *q = twz_rt_malloc(n, 8, ZERO_MEMORY);
		REQUIRE(q);
		CHECK(zero(q, n));
		/* A zeroing dealloc clears the block: if the next allocation reuses it, all but the free-list
		 * link word reads zero. */
		fill(q, n, 4);
		twz_rt_dealloc(q, n, 8, ZERO_MEMORY);
		unsigned char *r = twz_rt_malloc(n, 8, 0);
		REQUIRE(r);
		if (r == q && n > 16)
			CHECK(zero(r + 16, n - 16));
		twz_rt_dealloc(r, n, 8, 0);
	}
}

static void test_realloc(void)
{
	/* Grow through small classes into large blocks and back, keeping the data. */
	static const size_t steps[] = {1,     10,     16,     17,      100,    128,  129, 1000, 4096, 32768,
				       32769, 100000, 300000, 3000000, 200000, 5000, 64,  8,	1};
	size_t cur = 5;
	unsigned char *p = twz_rt_malloc(cur, 8, 0);
	REQUIRE(p);
	fill(p, cur, 5);
	for (unsigned i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		size_t n = steps[i];
		unsigned char *q = twz_rt_realloc(p, cur, 8, n, 0);
		REQUIRE(q);
		CHECK(((uintptr_t)q & 7) == 0);
		CHECK(same(q, cur < n ? cur : n, 5));
		fill(q, n, 5);
		p = q;
		cur = n;
	}
	twz_rt_dealloc(p, cur, 8, 0);

	/* ZERO_MEMORY: bytes gained read zero, after growing in place or by moving. */
	static const size_t zsteps[] = {20,	 30,	 200,	 5000, 50000, 60000, 1000000,
					1200000, 700000, 900000, 40,   48,    4};
	cur = 10;
	p = twz_rt_malloc(cur, 16, ZERO_MEMORY);
	REQUIRE(p);
	fill(p, cur, 6);
	for (unsigned i = 0; i < sizeof zsteps / sizeof zsteps[0]; i++) {
		size_t n = zsteps[i];
		unsigned char *q = twz_rt_realloc(p, cur, 16, n, ZERO_MEMORY);
		REQUIRE(q);
		CHECK(((uintptr_t)q & 15) == 0);
		if (n > cur) {
			CHECK(same(q, cur, 6));
			CHECK(zero(q + cur, n - cur));
		} else {
			CHECK(same(q, n, 6));
		}
		fill(q, n, 6);
		p = q;
		cur = n;
	}
	/* Shrinking in place with ZERO_MEMORY, then growing back in place: the dropped bytes were cleared. */
	unsigned char *q = twz_rt_realloc(p, cur, 16, 2, ZERO_MEMORY);
	REQUIRE(q);
	unsigned char *r = twz_rt_realloc(q, 2, 16, 4, 0);
	REQUIRE(r);
	if (r == q)
		CHECK(r[2] == 0 && r[3] == 0);
	twz_rt_dealloc(r, 4, 16, 0);

	/* A large block aligned beyond a page keeps its alignment across a realloc. */
	p = twz_rt_malloc(100000, 65536, 0);
	REQUIRE(p && ((uintptr_t)p & 65535) == 0);
	fill(p, 100000, 8);
	q = twz_rt_realloc(p, 100000, 65536, 400000, 0);
	REQUIRE(q && ((uintptr_t)q & 65535) == 0);
	CHECK(same(q, 100000, 8));
	twz_rt_dealloc(q, 400000, 65536, 0);
}

static void test_alignment(void)
{
	for (size_t align = 1; align <= 4096; align <<= 1) {
		for (size_t n = 1; n <= 65536; n += (n < 200 ? 1 : n / 3)) {
			unsigned char *p = twz_rt_malloc(n, align, 0);
			REQUIRE(p);
			CHECK(((uintptr_t)p & (align - 1)) == 0);
			p[0] = 1;
			p[n - 1] = 2;
			unsigned char *q = twz_rt_malloc(n, align, 0);
			REQUIRE(q);
			CHECK(((uintptr_t)q & (align - 1)) == 0);
			CHECK(q + n <= p || p + n <= q);
			twz_rt_dealloc(p, n, align, 0);
			twz_rt_dealloc(q, n, align, 0);
		}
	}
	/* Beyond a page. */
	for (size_t align = 8192; align <= (size_t)1 << 24; align <<= 2) {
		static const size_t sizes[] = {1, 100, 8192, 70000, 1000000};
		for (unsigned i = 0; i < 5; i++) {
			unsigned char *p = twz_rt_malloc(sizes[i], align, ZERO_MEMORY);
			REQUIRE(p);
			CHECK(((uintptr_t)p & (align - 1)) == 0);
			CHECK(zero(p, sizes[i]));
			p[sizes[i] - 1] = 1;
			twz_rt_dealloc(p, sizes[i], align, 0);
		}
	}
}

/* Freed large memory is reused: repeated big allocations do not grow the heap. */
static void test_large_reuse(void)
{
	struct rt_alloc_stats st0, st1;
	size_t n = 64u << 20;
	for (int i = 0; i < 40; i++) {
		unsigned char *p = twz_rt_malloc(n + (size_t)i * 4096, 64, 0);
		REQUIRE(p);
		for (size_t off = 0; off < n; off += 1u << 20)
			p[off] = 1;
		twz_rt_dealloc(p, n + (size_t)i * 4096, 64, 0);
		if (i == 0 && rt_alloc_get_stats)
			rt_alloc_get_stats(&st0);
	}
	if (rt_alloc_get_stats) {
		rt_alloc_get_stats(&st1);
		CHECK(st1.heap_objects == st0.heap_objects);
		CHECK(st1.heap_pages <= st0.heap_pages + 40 * 2);
		CHECK(st1.dirty_free_pages <= 8192);
	}
	/* Bigger than one heap object can hold (1 GiB): NULL, not a crash. */
	CHECK(twz_rt_malloc((size_t)1 << 30, 8, 0) == NULL);
	/* Almost a whole heap object works and is released again. */
	unsigned char *big = twz_rt_malloc(1000u << 20, 8, ZERO_MEMORY);
	REQUIRE(big);
	big[0] = 1;
	big[(1000u << 20) - 1] = 1;
	twz_rt_dealloc(big, 1000u << 20, 8, 0);
}

int main(void)
{
	test_simple();
	test_zero_size_and_errors();
	test_zero_memory();
	test_realloc();
	test_alignment();
	test_large_reuse();
	return t_status();
}
