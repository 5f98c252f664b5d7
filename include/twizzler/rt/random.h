/* Random numbers. */
#ifndef TWIZZLER_RT_RANDOM_H
#define TWIZZLER_RT_RANDOM_H

#include <stddef.h>
#include <stdint.h>

#include "../cdefs.h"

TWZ_BEGIN_DECLS

/* Flags of twz_rt_get_random. */
typedef uint32_t get_random_flags;

/* get_random_flags: return fewer bytes rather than block. */
enum { GET_RANDOM_NON_BLOCKING = 1 };

/* Fills up to len bytes of buf with random data and returns how many it wrote (0 on failure). */
size_t twz_rt_get_random(char *buf, size_t len, get_random_flags flags);

TWZ_END_DECLS

#endif /* TWIZZLER_RT_RANDOM_H */
