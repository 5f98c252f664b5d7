/* Per-thread caches: for each size class, a free list reached through rt_tcb_self()->alloc_cache, used
 * without locks or atomics. A list that runs empty fetches a batch from the central pool; one that grows
 * past its bound (two batches) returns a batch, which bounds a thread's cached memory (about 1.2 MiB at
 * worst over all classes). Blocks freed by another thread simply join the freeing thread's cache. The
 * cache record itself is a block of a small class taken from the central pool, made on first use. */
#ifndef TWZ_RT_ALLOC_TCACHE_H
#define TWZ_RT_ALLOC_TCACHE_H

#include "../rt.h"
#include "sizeclass.h"

struct tc_list {
	void *head; /* blocks chained through their first word */
	uint32_t count;
	uint32_t max; /* 2 * batch */
};

struct tcache {
	struct tc_list lists[ALLOC_NUM_CLASSES];
};

/* alloc_cache after rt_alloc_thread_exit: the thread's later calls bypass caching (no new record). */
#define TC_RETIRED ((struct tcache *)1)

/* Slow paths (tcache.c). tc_alloc_slow: refill list c (making the cache if needed) and pop a block, NULL
 * when out of memory. tc_free_slow: put p on list c of a thread without a cache (making one, or giving p
 * to the central pool directly when that fails). tc_release: list c is over its bound; return a batch. */
HOST_HIDDEN void *tc_alloc_slow(unsigned c);
HOST_HIDDEN void tc_free_slow(void *p, unsigned c);
HOST_HIDDEN void tc_release(struct tcache *tc, unsigned c);

/* Live cache records (for tests). */
HOST_HIDDEN size_t tc_live_caches(void);

/* A block of class c, or NULL when out of memory. */
static inline void *tc_alloc(unsigned c)
{
	struct tcache *tc = rt_tcb_self()->alloc_cache;
	if (host_likely((uintptr_t)tc > (uintptr_t)TC_RETIRED)) {
		struct tc_list *l = &tc->lists[c];
		void *p = l->head;
		if (host_likely(p != NULL)) {
			l->head = *(void **)p;
			l->count--;
			return p;
		}
	}
	return tc_alloc_slow(c);
}

/* Frees a block of class c (from any thread). */
static inline void tc_free(void *p, unsigned c)
{
	struct tcache *tc = rt_tcb_self()->alloc_cache;
	if (host_likely((uintptr_t)tc > (uintptr_t)TC_RETIRED)) {
		struct tc_list *l = &tc->lists[c];
		*(void **)p = l->head;
		l->head = p;
		if (host_likely(++l->count <= l->max))
			return;
		tc_release(tc, c);
		return;
	}
	tc_free_slow(p, c);
}

#endif
