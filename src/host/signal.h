/* Signals: the runtime turns faults (SIGSEGV, SIGBUS, SIGILL, SIGFPE) into Twizzler upcalls. */
#ifndef TWZ_HOST_SIGNAL_H
#define TWZ_HOST_SIGNAL_H

#include "util.h"

/* Linux signals are numbered 1..HOST_NSIG (the kernel's _NSIG). */
#define HOST_NSIG 64

/* A handler receives the Linux siginfo_t and ucontext_t (as void * to keep Linux types out of callers). */
typedef void (*host_signal_handler)(int sig, void *siginfo, void *ucontext);

/* Installs handler for sig with SA_SIGINFO|SA_ONSTACK|SA_RESTORER (our rt_sigreturn trampoline) plus
 * extra_flags (e.g. SA_NODEFER). handler NULL restores the default action. Returns 0 or -errno. */
HOST_HIDDEN long host_signal_install(int sig, host_signal_handler handler, unsigned long extra_flags);
/* Ignores sig as the runtime's own policy (SIGPIPE: a write to a closed pipe becomes an error, not death).
 * host_spawn gives such signals their default action back in the child. Returns 0 or -errno. */
HOST_HIDDEN long host_signal_ignore(int sig);
/* Whether sig was ignored through host_signal_ignore. */
HOST_HIDDEN bool host_signal_ignored_by_runtime(int sig);
/* Gives the calling thread an alternate signal stack of `size` bytes at `stack` (sigaltstack(2)). */
HOST_HIDDEN long host_signal_altstack(void *stack, size_t size);
/* Unblocks (or blocks) one signal for the calling thread. */
HOST_HIDDEN long host_signal_unblock(int sig);
/* Reads what a fault handler reports: faulting address, instruction pointer, si_code. */
HOST_HIDDEN void host_signal_fault_info(const void *siginfo, const void *ucontext, uintptr_t *addr,
					uintptr_t *ip, int *code);
/* tgkill(2) to the calling thread; kill(2). */
HOST_HIDDEN long host_raise(int sig);
HOST_HIDDEN long host_kill(long pid, int sig);

#endif
