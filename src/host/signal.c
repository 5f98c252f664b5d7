/* Signals: handlers for faults (which the runtime turns into upcalls), the alternate stack, raising. */
#include <linux/signal.h>
#include <asm/siginfo.h>
#include <asm/unistd.h>
#include "arch/x86_64/arch.h"
#include "signal.h"
#include "thread.h"

/* The kernel's signal set has HOST_NSIG bits (x86's UAPI <asm/signal.h> only has the old NSIG, 32);
 * sizeof(sigset_t) is the size argument of the rt_* calls. */
_Static_assert(sizeof(sigset_t) * 8 == HOST_NSIG, "kernel sigset size");

static bool sig_valid(int sig)
{
	return sig >= 1 && sig <= HOST_NSIG;
}

/* int rt_sigaction(int sig, const struct sigaction *act, struct sigaction *old, size_t sigsetsize); */
long host_signal_install(int sig, host_signal_handler handler, unsigned long extra_flags)
{
	struct sigaction sa = {
		.sa_handler = SIG_DFL,
		.sa_flags = SA_RESTORER,
		.sa_restorer = host_arch_sigreturn,
		.sa_mask = 0,
	};

	if (!sig_valid(sig))
		return -EINVAL;
	if (handler) {
		/* Through void (*)(void): the kernel's struct names the one-argument form only. */
		sa.sa_handler = (__sighandler_t)(void (*)(void))handler;
		sa.sa_flags |= SA_SIGINFO | SA_ONSTACK | extra_flags;
	}
	return host_syscall4(__NR_rt_sigaction, sig, (long)&sa, 0, sizeof(sigset_t));
}

/* Signals the runtime set to SIG_IGN (bit sig - 1). */
static _Atomic uint64_t runtime_ignored;

long host_signal_ignore(int sig)
{
	struct sigaction sa = { .sa_handler = SIG_IGN, .sa_flags = SA_RESTORER, .sa_restorer = host_arch_sigreturn };

	if (!sig_valid(sig))
		return -EINVAL;
	long r = host_syscall4(__NR_rt_sigaction, sig, (long)&sa, 0, sizeof(sigset_t));
	if (r == 0)
		__atomic_fetch_or(&runtime_ignored, 1ULL << (sig - 1), __ATOMIC_RELAXED);
	return r;
}

bool host_signal_ignored_by_runtime(int sig)
{
	return sig_valid(sig) && (__atomic_load_n(&runtime_ignored, __ATOMIC_RELAXED) >> (sig - 1) & 1);
}

/* int sigaltstack(const stack_t *ss, stack_t *old); stack NULL disables the alternate stack. */
long host_signal_altstack(void *stack, size_t size)
{
	stack_t ss = { .ss_sp = stack, .ss_flags = stack ? 0 : SS_DISABLE, .ss_size = stack ? size : 0 };

	return host_syscall2(__NR_sigaltstack, (long)&ss, 0);
}

/* int rt_sigprocmask(int how, const sigset_t *set, sigset_t *old, size_t sigsetsize); */
long host_signal_unblock(int sig)
{
	sigset_t set;

	if (!sig_valid(sig))
		return -EINVAL;
	set = 1UL << (sig - 1);
	return host_syscall4(__NR_rt_sigprocmask, SIG_UNBLOCK, (long)&set, 0, sizeof set);
}

void host_signal_fault_info(const void *siginfo, const void *ucontext, uintptr_t *addr, uintptr_t *ip,
			    int *code)
{
	const siginfo_t *si = siginfo;

	if (addr)
		*addr = si ? (uintptr_t)si->si_addr : 0;
	if (code)
		*code = si ? si->si_code : 0;
	if (ip)
		*ip = ucontext ? host_arch_ucontext_ip(ucontext) : 0;
}

/* int tgkill(pid_t tgid, pid_t tid, int sig); */
long host_raise(int sig)
{
	return host_syscall3(__NR_tgkill, host_getpid(), host_gettid(), sig);
}

/* int kill(pid_t pid, int sig); */
long host_kill(long pid, int sig)
{
	return host_syscall2(__NR_kill, pid, sig);
}
