/* Starting programs as new processes, and waiting for them.
 *
 * host_spawn is a vfork done right: clone(CLONE_VM | CLONE_VFORK) with a small stack of the child's own,
 * so the child never scribbles on the parent's frames, and the parent sleeps until the child has
 * exec'd or died. Sharing memory lets the child report an exec failure in a variable the parent reads.
 * CLONE_PIDFD hands the parent a pidfd to wait on. */
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/close_range.h>
#include <linux/wait.h>
#include <asm/siginfo.h>
#include <asm/unistd.h>
#include "arch/x86_64/arch.h"
#include "exec.h"
#include "fs.h"
#include "signal.h"
#include "thread.h"

#define SPAWN_STACK_SIZE (32 * 1024)

/* Shared between host_spawn and the child it starts. */
struct spawn {
	const char *path;
	char *const *argv, *const *envp;
	const struct host_spawn_fd *fds;
	size_t nfds;
	int *tmp; /* nfds slots for the child's temporary descriptors */
	int err;  /* set by the child when it fails: a positive errno */
};

/* Signals that have a handler go back to the default action: the handlers are the parent's code, and a
 * signal arriving before execve must not run one in the child. Signals the user ignored stay ignored (as
 * execve keeps them); those the runtime ignored for itself (host_signal_ignore) get their default back. */
static void child_reset_signals(void)
{
	for (int sig = 1; sig <= HOST_NSIG; sig++) {
		struct sigaction old;

		if (sig == SIGKILL || sig == SIGSTOP)
			continue;
		/* int rt_sigaction(int sig, const struct sigaction *act, struct sigaction *old, size_t size); */
		if (host_syscall4(__NR_rt_sigaction, sig, 0, (long)&old, sizeof(sigset_t)) == 0 &&
		    old.sa_handler != SIG_DFL &&
		    (old.sa_handler != SIG_IGN || host_signal_ignored_by_runtime(sig)))
			host_signal_install(sig, NULL, 0);
	}
}

/* Puts fds[i].from at fds[i].to, without close-on-exec, and marks every other descriptor close-on-exec.
 * A `from` may be another entry's `to`, so everything first moves above the highest target; only then
 * do the targets get filled. Returns 0 or -errno. */
static long child_map_fds(struct spawn *s)
{
	int top = 0;
	long r;

	for (size_t i = 0; i < s->nfds; i++)
		if (s->fds[i].to > top)
			top = s->fds[i].to;
	for (size_t i = 0; i < s->nfds; i++) {
		r = host_dup_min(s->fds[i].from, top + 1);
		if (r < 0)
			return r;
		s->tmp[i] = (int)r;
	}
	/* int close_range(unsigned first, unsigned last, unsigned flags); older kernels lack the flag, and
	 * then only the runtime's own habit of close-on-exec descriptors holds. */
	host_syscall3(__NR_close_range, 0, ~0U, CLOSE_RANGE_CLOEXEC);
	for (size_t i = 0; i < s->nfds; i++) {
		r = host_dup_to(s->tmp[i], s->fds[i].to, false);
		if (r < 0)
			return r;
	}
	return 0;
}

/* The child: runs on its own stack in the parent's memory, with every signal blocked (inherited). */
static void spawn_child(void *arg)
{
	struct spawn *s = arg;
	sigset_t none = 0;
	long r;

	child_reset_signals();
	r = child_map_fds(s);
	if (r == 0) {
		/* int rt_sigprocmask(int how, const sigset_t *set, sigset_t *old, size_t size); */
		host_syscall4(__NR_rt_sigprocmask, SIG_SETMASK, (long)&none, 0, sizeof none);
		/* int execve(const char *path, char *const argv[], char *const envp[]); returns only on error */
		r = host_syscall3(__NR_execve, (long)s->path, (long)s->argv, (long)s->envp);
	}
	__atomic_store_n(&s->err, (int)-r, __ATOMIC_RELAXED);
	host_thread_exit(127);
}

long host_spawn(const char *path, char *const argv[], char *const envp[], const struct host_spawn_fd *fds,
		size_t nfds, long *pid)
{
	struct spawn s = { .path = path, .argv = argv, .envp = envp, .fds = fds, .nfds = nfds };
	sigset_t all = ~0UL, old;
	size_t tmp_bytes, map_len;
	uintptr_t *sp;
	uint8_t *stack;
	int pidfd = -1;
	long r;

	if (nfds > (SIZE_MAX / 2 - SPAWN_STACK_SIZE) / sizeof(int))
		return -EINVAL;
	for (size_t i = 0; i < nfds; i++)
		if (fds[i].from < 0 || fds[i].to < 0 || fds[i].to == INT32_MAX)
			return -EBADF;
	/* [guard page][tmp slots][stack, growing down from the top] */
	tmp_bytes = HOST_ALIGN_UP(nfds * sizeof(int), 16);
	stack = host_stack_map(SPAWN_STACK_SIZE + tmp_bytes, &map_len);
	if (!stack)
		return -ENOMEM;
	s.tmp = (int *)(stack + HOST_PAGE_SIZE);
	sp = (uintptr_t *)(stack + map_len) - 2; /* {fn, arg} for clone.S */
	sp[0] = (uintptr_t)spawn_child;
	sp[1] = (uintptr_t)&s;

	/* No handler may run in the child before it has reset them, so it starts with all signals blocked;
	 * the parent's mask comes back as soon as clone returns (after the child's exec or exit). */
	host_syscall4(__NR_rt_sigprocmask, SIG_SETMASK, (long)&all, (long)&old, sizeof(sigset_t));
	/* The pidfd arrives through the parent_tid argument. */
	r = host_arch_clone(CLONE_VM | CLONE_VFORK | CLONE_PIDFD | SIGCHLD, sp, &pidfd, NULL, 0);
	host_syscall4(__NR_rt_sigprocmask, SIG_SETMASK, (long)&old, 0, sizeof(sigset_t));
	host_stack_unmap(stack, map_len);
	if (r < 0)
		return r;

	if (__atomic_load_n(&s.err, __ATOMIC_RELAXED)) {
		int status;
		host_spawn_wait(pidfd, false, &status); /* reap the child that exited with 127 */
		host_close(pidfd);
		return -s.err;
	}
	if (pid)
		*pid = r;
	return pidfd;
}

/* int waitid(idtype_t type, id_t id, siginfo_t *info, int options, struct rusage *ru); with WNOHANG
 * and nothing to report, the kernel leaves si_pid 0. */
long host_spawn_wait(int pidfd, bool nohang, int *status)
{
	siginfo_t si;
	long r;

	do {
		si.si_pid = 0;
		r = host_syscall5(__NR_waitid, P_PIDFD, pidfd, (long)&si, WEXITED | (nohang ? WNOHANG : 0), 0);
	} while (r == -EINTR);
	if (r < 0)
		return r;
	if (si.si_pid == 0)
		return -EAGAIN;
	if (status)
		*status = si.si_code == CLD_EXITED ? si.si_status : 128 + si.si_status;
	return 0;
}
