/* twzrt's <sys/random.h>: getrandom() over the runtime's random source. */
#ifndef _SYS_RANDOM_H
#define _SYS_RANDOM_H

#include <sys/cdefs.h>
#include <sys/types.h>

#define GRND_NONBLOCK 0x0001
#define GRND_RANDOM 0x0002

__BEGIN_DECLS
ssize_t getrandom(void *__buf, size_t __buflen, unsigned int __flags);
int getentropy(void *__buf, size_t __buflen);
__END_DECLS

#endif /* _SYS_RANDOM_H */
