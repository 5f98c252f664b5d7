/* Allocator stress: 8 threads x 1M mixed-size allocations, most blocks freed (or reallocated) by a
 * thread other than the one that allocated them. Blocks travel through a shared table of slots by atomic
 * exchange; every block carries a pattern derived from its address and size, checked before it is
 * freed, so overlapping blocks or blocks handed out twice show up as corrupted patterns. */
#include "tcheck.h"

#define NTHREADS 8
#ifndef ITERS
#define ITERS 1000000
#endif
#define NSLOTS 8192

struct rt_alloc_stats {
	size_t live_caches, heap_objects, heap_pages, free_pages, dirty_free_pages;
};
extern void rt_alloc_get_stats(struct rt_alloc_stats *st) __attribute__((weak));

/* A slot holds a block as address (low 48 bits) | size code (high 16 bits); 0 is empty. */
static _Atomic uint64_t slots[NSLOTS];
static _Atomic uint64_t bad_pattern, bad_align, null_blocks, bad_zero, done_ops;

static uint64_t pack(void *p, size_t size)
{
	uint64_t code = size < 32768 ? size : 32768 + size / 4096;
	return (uint64_t)(uintptr_t)p | code << 48;
}

static void *unpack(uint64_t v, size_t *size)
{
	uint64_t code = v >> 48;
	*size = code < 32768 ? code : (code - 32768) * 4096;
	return (void *)(uintptr_t)(v & ((1ULL << 48) - 1));
}

/* The alignment used for a size: a function of the size, so the freeing thread knows it. */
static size_t align_of(size_t size)
{
	switch (size % 7) {
	case 0:
		return (size_t)1 << (size % 13); /* 1 .. 4096 */
	case 1:
		return 1;
	default:
		return 8;
	}
}

static uint64_t next(uint64_t *s)
{
	uint64_t x = *s;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *s = x;
}

/* Mostly small blocks, some medium, a few large ones (page spans); large sizes are page multiples so the
 * slot code can hold them. */
static size_t pick_size(uint64_t *s)
{
	uint64_t r = next(s) % 10000;
	if (r < 6000)
		return 1 + next(s) % 128;
	if (r < 9000)
		return 129 + next(s) % 896;
	if (r < 9900)
		return 1025 + next(s) % 15360;
	if (r < 9995)
		return 16385 + next(s) % 15000;
	return 4096 * (9 + next(s) % 90);
}

static unsigned char pat(const void *p, size_t size, size_t i)
{
	return (unsigned char)(((uintptr_t)p >> 4) ^ size ^ (i * 31));
}

/* Bytes carrying the pattern: all of a small block; head, tail and one byte per 512 of a bigger one. */
static void fill(unsigned char *p, size_t size)
{
	if (size <= 128) {
		for (size_t i = 0; i < size; i++)
			p[i] = pat(p, size, i);
		return;
	}
	for (size_t i = 0; i < 64; i++) {
		p[i] = pat(p, size, i);
		p[size - 1 - i] = pat(p, size, size - 1 - i);
	}
	for (size_t i = 64; i < size - 64; i += 512)
		p[i] = pat(p, size, i);
}

static bool check(const unsigned char *p, size_t size)
{
	if (size <= 128) {
		for (size_t i = 0; i < size; i++)
			if (p[i] != pat(p, size, i))
				return false;
		return true;
	}
	for (size_t i = 0; i < 64; i++)
		if (p[i] != pat(p, size, i) || p[size - 1 - i] != pat(p, size, size - 1 - i))
			return false;
	for (size_t i = 64; i < size - 64; i += 512)
		if (p[i] != pat(p, size, i))
			return false;
	return true;
}

static bool zeroed(const unsigned char *p, size_t size)
{
	for (size_t i = 0; i < size; i += (size <= 128 ? 1 : 61))
		if (p[i])
			return false;
	return p[size - 1] == 0;
}

/* Checks and frees a block taken out of a slot. */
static void release(uint64_t v, uint64_t *s)
{
	size_t size;
	unsigned char *p = unpack(v, &size);
	if (!check(p, size))
		__atomic_fetch_add(&bad_pattern, 1, __ATOMIC_RELAXED);
	twz_rt_dealloc(p, size, align_of(size), next(s) % 16 == 0 ? ZERO_MEMORY : 0);
}

static void worker(size_t id)
{
	uint64_t s = 0x9e3779b97f4a7c15ULL * (id + 1);
	for (int it = 0; it < ITERS; it++) {
		uint64_t r = next(&s) % 100;
		if (r < 3) {
			/* Take a block, resize it, check the kept bytes, put it back. */
			uint64_t v = __atomic_exchange_n(&slots[next(&s) % NSLOTS], 0, __ATOMIC_ACQ_REL);
			if (!v)
				continue;
			size_t size, nsize = pick_size(&s);
			unsigned char *p = unpack(v, &size);
			if (!check(p, size))
				__atomic_fetch_add(&bad_pattern, 1, __ATOMIC_RELAXED);
			/* The alignment must stay the same across realloc, so pick a size with the same one.
			 */
			while (align_of(nsize) != align_of(size))
				nsize++;
			if (nsize > 32768 && nsize % 4096)
				nsize = (nsize + 4095) & ~(size_t)4095;
			while (align_of(nsize) != align_of(size))
				nsize += 4096;
			unsigned char *q = twz_rt_realloc(p, size, align_of(size), nsize, 0);
			if (!q) {
				__atomic_fetch_add(&null_blocks, 1, __ATOMIC_RELAXED);
				release(v, &s);
				continue;
			}
			if ((uintptr_t)q & (align_of(size) - 1))
				__atomic_fetch_add(&bad_align, 1, __ATOMIC_RELAXED);
			/* The first bytes moved along (the pattern depends on the address, so check a copy's
			 * bytes against the old address's pattern). */
			size_t keep = size < nsize ? size : nsize;
			if (keep > 64)
				keep = 64;
			for (size_t i = 0; i < keep && (size <= 128 || i < 64); i++)
				if (q[i] != pat(p, size, i)) {
					__atomic_fetch_add(&bad_pattern, 1, __ATOMIC_RELAXED);
					break;
				}
			fill(q, nsize);
			uint64_t old =
			    __atomic_exchange_n(&slots[next(&s) % NSLOTS], pack(q, nsize), __ATOMIC_ACQ_REL);
			if (old)
				release(old, &s);
			continue;
		}
		size_t size = pick_size(&s), align = align_of(size);
		bool zero = r < 8;
		unsigned char *p = twz_rt_malloc(size, align, zero ? ZERO_MEMORY : 0);
		if (!p) {
			__atomic_fetch_add(&null_blocks, 1, __ATOMIC_RELAXED);
			continue;
		}
		if ((uintptr_t)p & (align - 1))
			__atomic_fetch_add(&bad_align, 1, __ATOMIC_RELAXED);
		if (zero && !zeroed(p, size))
			__atomic_fetch_add(&bad_zero, 1, __ATOMIC_RELAXED);
		fill(p, size);
		uint64_t old =
		    __atomic_exchange_n(&slots[next(&s) % NSLOTS], pack(p, size), __ATOMIC_ACQ_REL);
		if (old)
			release(old, &s);
	}
	__atomic_fetch_add(&done_ops, ITERS, __ATOMIC_RELAXED);
}

int main(void)
{
	thread_id ids[NTHREADS];
	for (size_t i = 0; i < NTHREADS; i++) {
		struct spawn_args a = {.stack_size = 256 * 1024, .start = (uintptr_t)worker, .arg = i};
		struct spawn_result r = twz_rt_spawn_thread(a);
		REQUIRE(r.err == 0);
		ids[i] = r.id;
	}
	struct option_duration forever = {{0, 0}, 0};
	for (size_t i = 0; i < NTHREADS; i++)
		CHECK_OK(twz_rt_join_thread(ids[i], forever));
	CHECK_EQ(done_ops, (uint64_t)NTHREADS * ITERS);
	uint64_t s = 1;
	for (size_t i = 0; i < NSLOTS; i++) {
		uint64_t v = __atomic_exchange_n(&slots[i], 0, __ATOMIC_ACQ_REL);
		if (v)
			release(v, &s);
	}
	CHECK_EQ(bad_pattern, 0);
	CHECK_EQ(bad_align, 0);
	CHECK_EQ(bad_zero, 0);
	CHECK_EQ(null_blocks, 0);
	if (rt_alloc_get_stats) {
		struct rt_alloc_stats st;
		rt_alloc_get_stats(&st);
		CHECK(st.live_caches <= 1); /* the workers' caches went back when they exited */
		CHECK(st.heap_objects == 1);
	}
	return t_status();
}
