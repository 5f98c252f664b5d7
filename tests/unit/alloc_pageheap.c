/* The allocator's page heap (src/rt/core/alloc/pageheap.c) against a model, with heap objects stubbed by
 * shared anonymous memory in 1 GiB aligned slots (so MADV_REMOVE behaves as on a memfd). */
#include "../../src/rt/core/alloc/pageheap.c"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static int failures;
#define CHECK(c)                                                                                             \
	do {                                                                                                 \
		if (!(c)) {                                                                                  \
			fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #c);                \
			if (++failures > 20)                                                                 \
				exit(1);                                                                     \
		}                                                                                            \
	} while (0)

/* ---- stubs for the host layer ---- */
static int objects_made, objects_limit = 1000;

void *heapobj_map_new(void)
{
	if (objects_made >= objects_limit)
		return NULL;
	char *r = mmap(NULL, 2UL << 30, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (r == MAP_FAILED)
		return NULL;
	uintptr_t slot = ((uintptr_t)r + (1UL << 30) - 1) & ~((1UL << 30) - 1);
	void *m = mmap((void *)(slot + 4096), (1UL << 30) - 4096, PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
	if (m == MAP_FAILED)
		return NULL;
	objects_made++;
	return (void *)slot;
}
void host_lock_acquire_slow(struct host_lock *l)
{
	(void)l;
	abort();
}
void host_lock_release_slow(struct host_lock *l)
{
	(void)l;
}
long host_madvise(void *addr, size_t len, int advice)
{
	return madvise(addr, len, advice) ? -1 : 0;
}

/* ---- model ---- */
#define NLIVE 512
static struct {
	char *p;
	size_t pages;
	unsigned char fill;
} live[NLIVE];

static uint64_t rng = 88172645463325252ULL;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static bool all_bytes(const char *p, size_t n, unsigned char v)
{
	for (size_t i = 0; i < n; i += 512)
		if ((unsigned char)p[i] != v)
			return false;
	return (unsigned char)p[n - 1] == v;
}

static void check_no_overlap(void)
{
	for (int i = 0; i < NLIVE; i++) {
		if (!live[i].p)
			continue;
		/* The first and last page still hold this span's fill: nobody else wrote there. */
		CHECK(all_bytes(live[i].p, 4096, live[i].fill));
		CHECK(all_bytes(live[i].p + (live[i].pages - 1) * 4096, 4096, live[i].fill));
	}
}

int main(void)
{
	bool clean;
	/* Basics: alignment, clean fresh pages, reuse after free, coalescing. */
	char *a = ph_alloc(1, 1, &clean);
	CHECK(a && clean && ((uintptr_t)a & 4095) == 0);
	CHECK(ph_span_pages(a) == 1);
	char *b = ph_alloc(3, 1, &clean);
	char *c = ph_alloc(5, 1, &clean);
	CHECK(b == a + 4096 && c == b + 3 * 4096);
	memset(a, 1, 4096);
	memset(b, 2, 3 * 4096);
	ph_free(a, false);
	ph_free(b, false);
	char *d = ph_alloc(4, 1, &clean); /* a and b merged */
	CHECK(d == a && !clean);
	ph_free(d, false);
	ph_free(c, false);
	struct ph_stats st;
	ph_get_stats(&st);
	CHECK(st.free_pages == 9 && st.used_top_pages == 9 && st.dirty_free_pages == 9);
	char *e = ph_alloc(9, 1, &clean);
	CHECK(e == a);
	/* Alignment beyond a page, and the front padding reused. */
	char *f = ph_alloc(2, 16, &clean);
	CHECK(f && ((uintptr_t)f & (16 * 4096 - 1)) == 0 && clean);
	char *g = ph_alloc(1, 1, &clean);
	CHECK(g && g < f && g > e);
	ph_free(e, false);
	ph_free(f, false);
	ph_free(g, false);
	/* Resize: shrink, grow into the freed tail, grow at the top. */
	char *h = ph_alloc(8, 1, &clean);
	memset(h, 7, 8 * 4096);
	CHECK(ph_resize(h, 3) && ph_span_pages(h) == 3);
	char *i = ph_alloc(2, 1, &clean); /* lands after h? not necessarily: just must not overlap */
	CHECK(i && (i >= h + 3 * 4096 || i + 2 * 4096 <= h));
	ph_free(i, false);
	CHECK(ph_resize(h, 6) && ph_span_pages(h) == 6);
	CHECK(all_bytes(h, 3 * 4096, 7));
	ph_free(h, false);
	/* Discard: pages read zero afterwards. */
	char *j = ph_alloc(16, 1, &clean);
	memset(j, 9, 16 * 4096);
	CHECK(ph_discard(j, 16));
	CHECK(all_bytes(j, 16 * 4096, 0));
	ph_free(j, true);
	/* Too big, bad alignment. */
	CHECK(ph_alloc(PH_DATA_END, 1, &clean) == NULL);
	CHECK(ph_alloc(1, 3, &clean) == NULL);
	CHECK(ph_alloc(0, 1, &clean) == NULL);

	/* Random workload against the model; clean spans must read zero. */
	for (int round = 0; round < 20000; round++) {
		int k = (int)(rnd() % NLIVE);
		if (live[k].p) {
			if (rnd() % 4 == 0) {
				size_t np = 1 + rnd() % (rnd() % 8 == 0 ? 300 : 20);
				if (ph_resize(live[k].p, np)) {
					CHECK(ph_span_pages(live[k].p) == np);
					memset(live[k].p, live[k].fill, np * 4096);
					live[k].pages = np;
				}
				continue;
			}
			ph_free(live[k].p, false);
			live[k].p = NULL;
		} else {
			size_t np = 1 + rnd() % (rnd() % 8 == 0 ? 300 : 20);
			size_t al = (size_t)1 << (rnd() % 8 == 0 ? rnd() % 6 : 0);
			char *p = ph_alloc(np, al, &clean);
			CHECK(p && ((uintptr_t)p & (al * 4096 - 1)) == 0);
			if (clean)
				CHECK(all_bytes(p, np * 4096, 0));
			live[k].p = p;
			live[k].pages = np;
			live[k].fill = (unsigned char)(1 + rnd() % 250);
			memset(p, live[k].fill, np * 4096);
		}
		if (round % 1000 == 0)
			check_no_overlap();
	}
	check_no_overlap();
	ph_get_stats(&st);
	CHECK(st.dirty_free_pages <= PH_DIRTY_MAX_PAGES);
	for (int k = 0; k < NLIVE; k++)
		if (live[k].p)
			ph_free(live[k].p, false);
	ph_get_stats(&st);
	CHECK(st.free_pages == st.used_top_pages); /* everything free again */
	CHECK(st.arenas == 1);
	/* Fully coalesced: one allocation of all carved pages fits without growing. */
	size_t top = st.used_top_pages;
	char *all = ph_alloc(top, 1, &clean);
	CHECK(all != NULL);
	ph_get_stats(&st);
	CHECK(st.used_top_pages == top && st.free_pages == 0);
	ph_free(all, false);

	/* A second arena when the first cannot hold a request; NULL when no object can be made. */
	char *big = ph_alloc(PH_DATA_END - PH_DATA_FIRST, 1, &clean);
	CHECK(big != NULL);
	ph_get_stats(&st);
	CHECK(st.arenas == 2);
	objects_limit = objects_made;
	CHECK(ph_alloc(PH_DATA_END - PH_DATA_FIRST, 1, &clean) == NULL);
	ph_free(big, false);
	return failures ? 1 : 0;
}
