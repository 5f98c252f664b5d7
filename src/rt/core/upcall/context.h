/* Between Linux's signal frame and twzrt's upcall layout (context_x86_64.c: the one place in rt/core
 * that knows the kernel's ucontext and sigcontext). */
#ifndef TWZ_RT_CORE_UPCALL_CONTEXT_H
#define TWZ_RT_CORE_UPCALL_CONTEXT_H

#include "../rt.h"
#include <twzrt/upcall.h>

/* The signals that are upcalls, and their count. */
RT_HIDDEN extern const int rt_upcall_signals[4];
/* Fills frame and data (except thread_id) from a fault signal's siginfo and ucontext. */
RT_HIDDEN void rt_upcall_read_context(int sig, const void *siginfo, const void *ucontext,
				      struct twz_upcall_frame *frame, struct twz_upcall_data *data);
/* Writes frame's registers (not fs_base) back into ucontext, to be resumed by sigreturn. */
RT_HIDDEN void rt_upcall_write_context(void *ucontext, const struct twz_upcall_frame *frame);
/* SA_NODEFER: a fault inside a handler must reach us again rather than kill the process silently. */
RT_HIDDEN extern const unsigned long rt_upcall_sa_flags;
/* SIGPIPE, which the runtime ignores: a write to a pipe without readers fails with IO/RESET instead. */
RT_HIDDEN extern const int rt_upcall_sigpipe;

#endif
