/* Upcalls on Linux: synchronous fault signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE) become calls of the
 * handler set with twz_rt_set_upcall_handler, with twzrt's frame/data layout (include/twzrt/upcall.h).
 * Each thread runs them on its own alternate signal stack, so a stack overflow is reported too. */
#ifndef TWZ_RT_CORE_UPCALL_H
#define TWZ_RT_CORE_UPCALL_H

#include "../rt.h"

/* Size of the alternate signal stack every spawned thread gets (the main thread's is static). */
#define RT_UPCALL_STACK_SIZE (64 * 1024)

/* Gives the calling thread its alternate signal stack. Called first thing on a new thread. */
RT_HIDDEN void rt_upcall_thread_init(void *stack, size_t len);
/* Replaces the handler (NULL: the default one, which reports the fault and ends the process). */
RT_HIDDEN void rt_upcall_set_handler(void (*handler)(void *frame, const void *data));

#endif
