/* The central pool: per size class, the blocks no thread cache holds, under a per-class lock. Thread
 * caches exchange whole batches with it (alloc_classes[c].batch blocks, linked through their first word).
 * New blocks are carved from page-heap spans here. Blocks of small classes are never returned to the
 * page heap. */
#ifndef TWZ_RT_ALLOC_CENTRAL_H
#define TWZ_RT_ALLOC_CENTRAL_H

#include "../../../host/util.h"

/* Hands out up to a batch of class-c blocks as a NULL-terminated chain at *head; returns how many (0 when
 * out of memory). */
HOST_HIDDEN uint32_t central_fetch(unsigned c, void **head);

/* Takes back a chain of exactly alloc_classes[c].batch blocks. */
HOST_HIDDEN void central_put_batch(unsigned c, void *head);

/* Takes back a chain of n >= 1 blocks, head to tail (any length). */
HOST_HIDDEN void central_put_list(unsigned c, void *head, void *tail, uint32_t n);

/* One block of class c, or NULL when out of memory; and its return. For the allocator's own records. */
HOST_HIDDEN void *central_alloc_one(unsigned c);
HOST_HIDDEN void central_free_one(unsigned c, void *p);

#endif
