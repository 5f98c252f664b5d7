/* The page heap (pageheap.h).
 *
 * Each heap object ("arena") fills one 1 GiB slot, 1 GiB aligned, so page index = (p - slot) / 4096 and
 * the arena of any heap pointer is found by masking. Layout by page index:
 *   0            the object's null page (unmapped)
 *   1            struct ph_arena (bins, bump pointer)
 *   2..1025      struct ph_tag[PH_SLOT_PAGES]: a tag per page of the slot (4 MiB, faulted lazily)
 *   1026..top-1  spans, allocated or free, back to back
 *   top..end-1   never used (read as zero)
 *   end          the object's meta page
 * The first and last page of every span carry its length and state (boundary tags), so a freed span
 * finds free neighbours in O(1). Free spans sit in per-arena bins by floor(log2(pages)), doubly linked
 * through their tags (never through their own memory, so discarded pages stay untouched).
 *
 * Clean tracking: a free span is "clean" when its pages are known to read as zero (never used, or
 * discarded with MADV_REMOVE). Dirty free pages are bounded by PH_DIRTY_MAX_PAGES: beyond that, freed
 * spans are discarded (their memory goes back to the host). */
#include "pageheap.h"
#include "../../../host/lock.h"
#include "../../../host/mem.h"
#include "../../../host/objstore.h"
#include "heapobj.h"
#include <linux/mman.h>

#define PH_PAGE 4096UL
#define PH_SLOT_PAGES ((uint32_t)(HOST_OBJ_SIZE / PH_PAGE))
#define PH_TAGS_FIRST 2u
#define PH_DATA_FIRST (PH_TAGS_FIRST + (uint32_t)(PH_SLOT_PAGES * sizeof(struct ph_tag) / PH_PAGE))
#define PH_DATA_END ((uint32_t)(HOST_OBJ_META / PH_PAGE))
#define PH_NBINS 19
#define PH_DIRTY_MAX_PAGES 8192u /* 32 MiB of freed, still-backed pages kept for reuse */

#define TAG_FREE (1u << 31)
#define TAG_CLEAN (1u << 30)
#define TAG_PAGES 0x3fffffffu

struct ph_tag {
	uint32_t info; /* first/last page of a span: pages | TAG_FREE | TAG_CLEAN */
	uint32_t next; /* free span's first page: bin neighbours (page indices, 0 = none) */
	uint32_t prev;
	uint32_t unused;
};

struct ph_arena {
	struct ph_arena *next;
	uint32_t top;
	uint32_t bins[PH_NBINS];
};

static struct {
	struct host_lock lock;
	struct ph_arena *arenas;
	size_t narenas;
	size_t free_pages, dirty_pages;
} ph;

static inline uintptr_t slot_of(const void *p)
{
	return (uintptr_t)p & ~(uintptr_t)(HOST_OBJ_SIZE - 1);
}

static inline struct ph_arena *arena_at(uintptr_t slot)
{
	return (struct ph_arena *)(slot + PH_PAGE);
}

static inline struct ph_tag *tags_of(struct ph_arena *a)
{
	return (struct ph_tag *)(slot_of(a) + PH_TAGS_FIRST * PH_PAGE);
}

static inline void *page_addr(struct ph_arena *a, uint32_t pi)
{
	return (void *)(slot_of(a) + (uintptr_t)pi * PH_PAGE);
}

static inline uint32_t page_index(const void *p)
{
	return (uint32_t)(((uintptr_t)p - slot_of(p)) / PH_PAGE);
}

static inline unsigned bin_of(uint32_t n)
{
	return 31u - (unsigned)__builtin_clz(n);
}

static void set_span(struct ph_tag *t, uint32_t first, uint32_t n, uint32_t flags)
{
	t[first].info = n | flags;
	t[first + n - 1].info = n | flags;
}

/* Puts the free span [first, first + n) into its bin. */
static void bin_insert(struct ph_arena *a, uint32_t first, uint32_t n, bool clean)
{
	struct ph_tag *t = tags_of(a);
	set_span(t, first, n, TAG_FREE | (clean ? TAG_CLEAN : 0));
	unsigned b = bin_of(n);
	uint32_t head = a->bins[b];
	t[first].next = head;
	t[first].prev = 0;
	if (head)
		t[head].prev = first;
	a->bins[b] = first;
	ph.free_pages += n;
	if (!clean)
		ph.dirty_pages += n;
}

/* Takes the free span starting at first out of its bin; returns its length, *clean its state. */
static uint32_t bin_remove(struct ph_arena *a, uint32_t first, bool *clean)
{
	struct ph_tag *t = tags_of(a);
	uint32_t n = t[first].info & TAG_PAGES;
	*clean = t[first].info & TAG_CLEAN;
	if (t[first].prev)
		t[t[first].prev].next = t[first].next;
	else
		a->bins[bin_of(n)] = t[first].next;
	if (t[first].next)
		t[t[first].next].prev = t[first].prev;
	set_span(t, first, n, 0);
	ph.free_pages -= n;
	if (!*clean)
		ph.dirty_pages -= n;
	return n;
}

/* Marks [at, at + n) allocated, giving the rest of the free run [first, first + len) back to the bins. */
static void *take(struct ph_arena *a, uint32_t first, uint32_t len, uint32_t at, uint32_t n, bool clean)
{
	if (at > first)
		bin_insert(a, first, at - first, clean);
	if (first + len > at + n)
		bin_insert(a, at + n, first + len - (at + n), clean);
	set_span(tags_of(a), at, n, 0);
	return page_addr(a, at);
}

static inline uint32_t align_up(uint32_t x, uint32_t al)
{
	return (x + al - 1) & ~(al - 1);
}

/* First fit from the bins, then the bump pointer. */
static void *arena_alloc(struct ph_arena *a, uint32_t n, uint32_t al, bool *clean)
{
	struct ph_tag *t = tags_of(a);
	uint32_t need = n + al - 1; /* a run this long holds an aligned span of n anywhere */
	for (unsigned b = bin_of(n); b < PH_NBINS; b++) {
		for (uint32_t f = a->bins[b]; f; f = t[f].next) {
			uint32_t len = t[f].info & TAG_PAGES;
			uint32_t at = align_up(f, al);
			if (at + n <= f + len) {
				bin_remove(a, f, clean);
				return take(a, f, len, at, n, *clean);
			}
			if (b > bin_of(need))
				break; /* cannot happen: every run here is >= need */
		}
	}
	uint32_t at = align_up(a->top, al);
	if (at < a->top || at > PH_DATA_END || PH_DATA_END - at < n)
		return NULL;
	uint32_t first = a->top;
	a->top = at + n;
	*clean = true;
	return take(a, first, at + n - first, at, n, true);
}

static struct ph_arena *arena_new(void)
{
	void *slot = heapobj_map_new();
	if (!slot)
		return NULL;
	struct ph_arena *a = arena_at((uintptr_t)slot);
	a->top = PH_DATA_FIRST;
	a->next = ph.arenas;
	ph.arenas = a;
	ph.narenas++;
	return a;
}

void *ph_alloc(size_t npages, size_t align_pages, bool *clean)
{
	const size_t max = PH_DATA_END - PH_DATA_FIRST;
	if (npages == 0 || npages > max || align_pages == 0 || align_pages > max ||
	    (align_pages & (align_pages - 1)))
		return NULL;
	uint32_t n = (uint32_t)npages, al = (uint32_t)align_pages;
	void *p = NULL;
	host_lock_acquire(&ph.lock);
	for (struct ph_arena *a = ph.arenas; a && !p; a = a->next)
		p = arena_alloc(a, n, al, clean);
	if (!p) {
		struct ph_arena *a = arena_new();
		if (a)
			p = arena_alloc(a, n, al, clean);
	}
	host_lock_release(&ph.lock);
	return p;
}

bool ph_discard(void *p, size_t npages)
{
	return host_madvise(p, npages * PH_PAGE, MADV_REMOVE) == 0;
}

/* Frees [first, first + n) in a, merging with free neighbours; called with the lock held. */
static void arena_free(struct ph_arena *a, uint32_t first, uint32_t n, bool clean)
{
	struct ph_tag *t = tags_of(a);
	if (first > PH_DATA_FIRST && (t[first - 1].info & TAG_FREE)) {
		uint32_t left = first - (t[first - 1].info & TAG_PAGES);
		bool lclean;
		n += bin_remove(a, left, &lclean);
		clean = clean && lclean;
		first = left;
	}
	if (first + n < a->top && (t[first + n].info & TAG_FREE)) {
		bool rclean;
		n += bin_remove(a, first + n, &rclean);
		clean = clean && rclean;
	}
	if (!clean && ph.dirty_pages + n > PH_DIRTY_MAX_PAGES)
		clean = ph_discard(page_addr(a, first), n);
	bin_insert(a, first, n, clean);
}

void ph_free(void *p, bool clean)
{
	if (!p)
		return;
	struct ph_arena *a = arena_at(slot_of(p));
	uint32_t first = page_index(p);
	host_lock_acquire(&ph.lock);
	arena_free(a, first, tags_of(a)[first].info & TAG_PAGES, clean);
	host_lock_release(&ph.lock);
}

size_t ph_span_pages(const void *p)
{
	struct ph_arena *a = arena_at(slot_of(p));
	return tags_of(a)[page_index(p)].info & TAG_PAGES;
}

bool ph_resize(void *p, size_t new_pages)
{
	struct ph_arena *a = arena_at(slot_of(p));
	struct ph_tag *t = tags_of(a);
	uint32_t first = page_index(p);
	bool ok = true;
	if (new_pages == 0 || new_pages > PH_DATA_END - PH_DATA_FIRST)
		return false;
	uint32_t want = (uint32_t)new_pages;
	host_lock_acquire(&ph.lock);
	uint32_t n = t[first].info & TAG_PAGES, end = first + n;
	if (want < n) {
		set_span(t, first, want, 0);
		set_span(t, first + want, n - want, 0);
		arena_free(a, first + want, n - want, false);
	} else if (want > n) {
		uint32_t more = want - n;
		if (end == a->top && PH_DATA_END - end >= more) {
			a->top = end + more;
			set_span(t, first, want, 0);
		} else if (end < a->top && (t[end].info & TAG_FREE) && (t[end].info & TAG_PAGES) >= more) {
			bool clean;
			uint32_t len = bin_remove(a, end, &clean);
			take(a, end, len, end, more, clean);
			set_span(t, first, want, 0);
		} else {
			ok = false;
		}
	}
	host_lock_release(&ph.lock);
	return ok;
}

void ph_get_stats(struct ph_stats *st)
{
	host_lock_acquire(&ph.lock);
	st->arenas = ph.narenas;
	st->used_top_pages = 0;
	for (struct ph_arena *a = ph.arenas; a; a = a->next)
		st->used_top_pages += a->top - PH_DATA_FIRST;
	st->free_pages = ph.free_pages;
	st->dirty_free_pages = ph.dirty_pages;
	host_lock_release(&ph.lock);
}
