/* sigaction and sigpending over newlib's in-process signals (signal()/raise(): no signal reaches the C
 * library asynchronously, see process.c).
 *
 * sigaction installs sa_handler in the table signal() and raise() use, so the two interfaces agree. What
 * that table cannot keep: sa_mask (no masks exist) and sa_flags (raise() resets a caught signal to
 * SIG_DFL before calling its handler, as if SA_RESETHAND were always set; the old action reports
 * flags 0). The flags <signal.h> defines all hold trivially (see there); any other bit: EINVAL. */
#include <signal.h>
#include <string.h>
#include "sysdeps.h"

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old)
{
	if (sig <= 0 || sig >= NSIG)
		return __twz_fail_errno(EINVAL);
	if (act && (sig == SIGKILL || sig == SIGSTOP))
		return __twz_fail_errno(EINVAL);
	if (act && (act->sa_flags & ~(int)(SA_NOCLDSTOP | SA_ONSTACK | SA_RESTART | SA_NODEFER | SA_RESETHAND)))
		return __twz_fail_errno(EINVAL);
	_sig_func_ptr prev;
	if (act) {
		prev = signal(sig, act->sa_handler);
	} else {
		prev = signal(sig, SIG_DFL);
		if (prev != SIG_ERR)
			signal(sig, prev);
	}
	if (prev == SIG_ERR)
		return -1;
	if (old) {
		memset(old, 0, sizeof *old);
		old->sa_handler = prev;
		sigemptyset(&old->sa_mask);
	}
	return 0;
}

/* Nothing is ever pending: a signal is raised and handled at once. */
int sigpending(sigset_t *set)
{
	if (!set)
		return __twz_fail_errno(EFAULT);
	sigemptyset(set);
	return 0;
}
