/* Kernel randomness. */
#ifndef TWZ_HOST_RANDOM_H
#define TWZ_HOST_RANDOM_H

#include "util.h"

/* getrandom(2): fills up to len bytes; nonblock returns fewer instead of blocking. Returns the number of
 * bytes written (retrying EINTR and short reads when blocking), or -errno. */
HOST_HIDDEN long host_getrandom(void *buf, size_t len, bool nonblock);

#endif
