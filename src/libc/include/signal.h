/* twzrt's <signal.h>: newlib's, plus the sigaction flags POSIX names that newlib defines only for RTEMS.
 * Each holds trivially here, where a signal is only ever delivered synchronously by raise() (see
 * sysdeps/sigaction.c): nothing is interrupted (SA_RESTART), no mask exists (SA_NODEFER), the handler is
 * reset on delivery anyway (SA_RESETHAND), and it runs on the raising thread's stack (SA_ONSTACK).
 * SA_SIGINFO and sa_sigaction are absent: handlers are called with the signal number only. */
#include_next <signal.h>

#ifndef _TWZ_SIGNAL_H
#define _TWZ_SIGNAL_H

#include <sys/cdefs.h>

#if __POSIX_VISIBLE
#ifndef SA_ONSTACK
#define SA_ONSTACK 0x08000000
#endif
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000
#endif

#endif
