/* Thread caches: slow paths, creation and thread exit (tcache.h). */
#include "tcache.h"
#include "central.h"

/* The class that holds a cache record. */
#define TC_CLASS (alloc_class_index(sizeof(struct tcache)))

static _Atomic size_t live_caches;

/* The calling thread's cache, made on first use; NULL when out of memory or after the thread's cache
 * was retired. */
static struct tcache *tc_get(struct rt_tcb *tcb)
{
	struct tcache *tc = tcb->alloc_cache;
	if (tc == TC_RETIRED)
		return NULL;
	if (tc)
		return tc;
	tc = central_alloc_one(TC_CLASS);
	if (!tc)
		return NULL;
	for (unsigned c = 0; c < ALLOC_NUM_CLASSES; c++) {
		tc->lists[c].head = NULL;
		tc->lists[c].count = 0;
		tc->lists[c].max = 2u * alloc_classes[c].batch;
	}
	__atomic_fetch_add(&live_caches, 1, __ATOMIC_RELAXED);
	tcb->alloc_cache = tc;
	return tc;
}

void *tc_alloc_slow(unsigned c)
{
	struct rt_tcb *tcb = rt_tcb_self();
	struct tcache *tc = tc_get(tcb);
	if (!tc)
		return central_alloc_one(c);
	struct tc_list *l = &tc->lists[c];
	if (!l->head) {
		void *head;
		uint32_t n = central_fetch(c, &head);
		if (n == 0)
			return NULL;
		l->head = head;
		l->count = n;
	}
	void *p = l->head;
	l->head = *(void **)p;
	l->count--;
	return p;
}

void tc_free_slow(void *p, unsigned c)
{
	struct rt_tcb *tcb = rt_tcb_self();
	struct tcache *tc = tc_get(tcb);
	if (!tc) {
		central_free_one(c, p);
		return;
	}
	struct tc_list *l = &tc->lists[c];
	*(void **)p = l->head;
	l->head = p;
	if (++l->count > l->max)
		tc_release(tc, c);
}

void tc_release(struct tcache *tc, unsigned c)
{
	struct tc_list *l = &tc->lists[c];
	uint32_t batch = alloc_classes[c].batch;
	void *head = l->head, *tail = head;
	for (uint32_t i = 1; i < batch; i++)
		tail = *(void **)tail;
	l->head = *(void **)tail;
	l->count -= batch;
	*(void **)tail = NULL;
	central_put_batch(c, head);
}

void rt_alloc_thread_exit(struct rt_tcb *tcb)
{
	struct tcache *tc = tcb->alloc_cache;
	tcb->alloc_cache = TC_RETIRED;
	if (!tc || tc == TC_RETIRED)
		return;
	for (unsigned c = 0; c < ALLOC_NUM_CLASSES; c++) {
		struct tc_list *l = &tc->lists[c];
		uint32_t batch = alloc_classes[c].batch;
		while (l->count >= batch)
			tc_release(tc, c);
		if (l->count) {
			void *tail = l->head;
			while (*(void **)tail)
				tail = *(void **)tail;
			central_put_list(c, l->head, tail, l->count);
		}
	}
	central_free_one(TC_CLASS, tc);
	__atomic_fetch_sub(&live_caches, 1, __ATOMIC_RELAXED);
}

size_t tc_live_caches(void)
{
	return __atomic_load_n(&live_caches, __ATOMIC_RELAXED);
}
