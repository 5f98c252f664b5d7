/* x86-64 pieces that generic host files need beyond system calls: the assembly entry points in clone.S
 * and sigreturn.S, the thread-pointer register, and where a signal's ucontext keeps the interrupted
 * instruction pointer. */
#ifndef TWZ_HOST_ARCH_ARCH_H
#define TWZ_HOST_ARCH_ARCH_H

#include <stddef.h>
#include <stdint.h>
#include <asm/unistd.h>
#include <asm/prctl.h>
#include <asm/signal.h>     /* stack_t, sigset_t: used by asm/ucontext.h */
#include <asm/sigcontext.h> /* struct sigcontext: likewise */
#include <asm/ucontext.h>
#include "syscall.h"

/* clone(2) whose child runs fn(arg) on its new stack and then exits the thread (exit(2), status 0).
 * `stack` points at two words {fn, arg} at the top of the child's stack, 16-byte aligned: the child pops
 * them and calls fn with the stack aligned as the ABI requires. Returns the child's tid/pid in the
 * parent, or -errno. x86-64 argument order of the kernel: flags, stack, parent_tid, child_tid, tls. */
long host_arch_clone(unsigned long flags, void *stack, int *parent_tid, int *child_tid, unsigned long tls)
	__attribute__((visibility("hidden")));

/* The signal restorer (sa_restorer): rt_sigreturn(2), with unwind info describing the signal frame. */
void host_arch_sigreturn(void) __attribute__((visibility("hidden")));

/* arch_prctl(ARCH_SET_FS, tp): the %fs base is the thread pointer. */
static inline long host_arch_set_thread_pointer(void *tp)
{
	return host_syscall2(__NR_arch_prctl, ARCH_SET_FS, (long)tp);
}

/* sigreturn.S hard-codes the ucontext offsets of the saved registers (DWARF expressions); keep them in
 * step with the kernel's layout. */
_Static_assert(offsetof(struct ucontext, uc_mcontext) == 40, "ucontext layout");
_Static_assert(offsetof(struct ucontext, uc_mcontext.r8) == 40, "sigcontext layout");
_Static_assert(offsetof(struct ucontext, uc_mcontext.rbp) == 120, "sigcontext layout");
_Static_assert(offsetof(struct ucontext, uc_mcontext.rsp) == 160, "sigcontext layout");
_Static_assert(offsetof(struct ucontext, uc_mcontext.rip) == 168, "sigcontext layout");

/* The interrupted instruction pointer saved in a signal handler's ucontext. */
static inline uintptr_t host_arch_ucontext_ip(const void *uc)
{
	return (uintptr_t)((const struct ucontext *)uc)->uc_mcontext.rip;
}

#endif
