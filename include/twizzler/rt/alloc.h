/* Memory allocation. */
#ifndef TWIZZLER_RT_ALLOC_H
#define TWIZZLER_RT_ALLOC_H

#include <stddef.h>
#include <stdint.h>

#include "../cdefs.h"

TWZ_BEGIN_DECLS

typedef uint32_t alloc_flags;

/* alloc_flags: zero the memory (on allocation, and before it is freed). */
enum { ZERO_MEMORY = 1 };

/* Allocates sz bytes aligned to align (a power of two); NULL if the layout is invalid or memory is
 * exhausted. */
void *twz_rt_malloc(size_t sz, size_t align, alloc_flags flags);

/* Frees a block from twz_rt_malloc/twz_rt_realloc; sz and align must be the ones it was allocated with.
 * An invalid layout is ignored. */
void twz_rt_dealloc(void *ptr, size_t sz, size_t align, alloc_flags flags);

/* Resizes a block of sz bytes to new_size, keeping align; may move it. NULL on failure, leaving the old
 * block intact. */
void *twz_rt_realloc(void *ptr, size_t sz, size_t align, size_t new_size, alloc_flags flags);

TWZ_END_DECLS

#endif /* TWIZZLER_RT_ALLOC_H */
