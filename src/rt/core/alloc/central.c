/* The central pool (central.h).
 *
 * Per class: a stack of full batches (a batch is a chain of exactly `batch` blocks; its first block's
 * second word links to the next batch, so moving one costs O(1)), a "loose" chain of any length (from
 * thread exits and single-block returns), and a carve region of fresh blocks from the page heap. Lock
 * order: a class lock, then the page-heap lock. */
#include "central.h"
#include "../../../host/lock.h"
#include "pageheap.h"
#include "sizeclass.h"

struct central {
	struct host_lock lock;
	uint32_t nloose;
	void *batches; /* full batches, linked through word 1 of their first block */
	void *loose;   /* chain through word 0 */
	char *cur, *end;
} __attribute__((aligned(64)));

static struct central central[ALLOC_NUM_CLASSES];

static inline void *next_of(void *b)
{
	return *(void **)b;
}

/* Carves up to want fresh blocks into a chain at *head; takes a new span when the region is used up.
 * Returns the count (0 when the page heap has nothing). */
static uint32_t carve(struct central *cl, unsigned c, uint32_t want, void **head)
{
	size_t size = alloc_classes[c].size;
	if ((size_t)(cl->end - cl->cur) < size) {
		bool clean;
		char *span = ph_alloc(alloc_classes[c].span_pages, 1, &clean);
		if (!span)
			return 0;
		cl->cur = span;
		cl->end = span + (size_t)alloc_classes[c].span_pages * ALLOC_PAGE;
	}
	size_t avail = (size_t)(cl->end - cl->cur) / size;
	uint32_t n = avail < want ? (uint32_t)avail : want;
	char *p = cl->cur;
	for (uint32_t i = 0; i + 1 < n; i++)
		*(void **)(p + i * size) = p + (i + 1) * size;
	*(void **)(p + (n - 1) * size) = NULL;
	cl->cur = p + n * size;
	*head = p;
	return n;
}

/* Detaches up to want blocks from the loose chain. */
static uint32_t take_loose(struct central *cl, uint32_t want, void **head)
{
	void *h = cl->loose, *t = h;
	uint32_t n = 1;
	while (n < want && next_of(t)) {
		t = next_of(t);
		n++;
	}
	cl->loose = next_of(t);
	*(void **)t = NULL;
	cl->nloose -= n;
	*head = h;
	return n;
}

uint32_t central_fetch(unsigned c, void **head)
{
	struct central *cl = &central[c];
	uint32_t n;
	host_lock_acquire(&cl->lock);
	if (cl->batches) {
		void *b = cl->batches;
		cl->batches = ((void **)b)[1];
		*head = b;
		n = alloc_classes[c].batch;
	} else if (cl->loose) {
		n = take_loose(cl, alloc_classes[c].batch, head);
	} else {
		n = carve(cl, c, alloc_classes[c].batch, head);
	}
	host_lock_release(&cl->lock);
	return n;
}

void central_put_batch(unsigned c, void *head)
{
	struct central *cl = &central[c];
	host_lock_acquire(&cl->lock);
	((void **)head)[1] = cl->batches;
	cl->batches = head;
	host_lock_release(&cl->lock);
}

void central_put_list(unsigned c, void *head, void *tail, uint32_t n)
{
	struct central *cl = &central[c];
	host_lock_acquire(&cl->lock);
	*(void **)tail = cl->loose;
	cl->loose = head;
	cl->nloose += n;
	host_lock_release(&cl->lock);
}

void *central_alloc_one(unsigned c)
{
	struct central *cl = &central[c];
	void *p = NULL;
	host_lock_acquire(&cl->lock);
	if (cl->loose) {
		take_loose(cl, 1, &p);
	} else if (cl->batches) {
		/* Break a batch: its first block is the answer, the rest go loose. */
		p = cl->batches;
		cl->batches = ((void **)p)[1];
		void *rest = next_of(p);
		if (rest) {
			void *t = rest;
			while (next_of(t))
				t = next_of(t);
			*(void **)t = cl->loose;
			cl->loose = rest;
			cl->nloose += alloc_classes[c].batch - 1u;
		}
	} else {
		carve(cl, c, 1, &p);
	}
	host_lock_release(&cl->lock);
	return p;
}

void central_free_one(unsigned c, void *p)
{
	central_put_list(c, p, p, 1);
}
