/* Process identity and signals: getpid and the id family, kill, sigprocmask, fork/execve (absent).
 *
 * The ABI has no process ids: getpid is a random positive number drawn once per process (unique among
 * running processes with high probability; what tmpnam and friends need). There are no users either:
 * every id is 0. Signals exist only as newlib's in-process signal()/raise(); kill of the own process
 * carries out the default action of the signal, kill of a child made by posix_spawn sends it through
 * the child's compartment descriptor (spawn.c). */
#include <signal.h>
#include <unistd.h>
#include "sysdeps.h"

static _Atomic(pid_t) my_pid;

pid_t getpid(void)
{
	pid_t p = __atomic_load_n(&my_pid, __ATOMIC_RELAXED);
	while (p == 0) {
		uint32_t r = 0;
		twz_rt_get_random((char *)&r, sizeof r, 0);
		pid_t want = (pid_t)(r & 0x3fffffff) + 2;
		pid_t zero = 0;
		__atomic_compare_exchange_n(&my_pid, &zero, want, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED);
		p = __atomic_load_n(&my_pid, __ATOMIC_RELAXED);
	}
	return p;
}

/* The parent is unknown: 1, as for a process whose parent has gone. */
pid_t getppid(void)
{
	return 1;
}

pid_t getpgrp(void)
{
	return getpid();
}

pid_t getpgid(pid_t pid)
{
	return pid == 0 || pid == getpid() ? getpid() : __twz_fail_errno(ESRCH);
}

pid_t getsid(pid_t pid)
{
	return getpgid(pid);
}

uid_t getuid(void) { return 0; }
uid_t geteuid(void) { return 0; }
gid_t getgid(void) { return 0; }
gid_t getegid(void) { return 0; }

/* Sends a child's signal through spawn.c; -1 with ESRCH if pid is not a child. */
LIBC_HIDDEN int __twz_child_kill(pid_t pid, int sig);

/* The default action of sig on this process: ignore, or end the process (SIGABRT through the
 * runtime's abort, others with status 128 + sig, the ABI having no way to die of a signal). */
static int kill_self(int sig)
{
	switch (sig) {
	case 0:
	case SIGCHLD:
	case SIGURG:
	case SIGWINCH:
	case SIGCONT:
		return 0;
	case SIGSTOP:
	case SIGTSTP:
	case SIGTTIN:
	case SIGTTOU:
		return __twz_fail_errno(ENOSYS);
	case SIGABRT:
		twz_rt_abort();
	default:
		_exit(128 + sig);
	}
}

int kill(pid_t pid, int sig)
{
	if (sig < 0 || sig >= NSIG)
		return __twz_fail_errno(EINVAL);
	if (pid == 0 || pid == getpid() || pid == -getpid())
		return kill_self(sig);
	if (pid > 0)
		return __twz_child_kill(pid, sig);
	return __twz_fail_errno(ENOSYS);
}

int killpg(pid_t pgrp, int sig)
{
	return kill(-pgrp, sig);
}

/* No signal reaches the C library asynchronously, so there is no mask to change: querying it (set NULL)
 * works and gives the empty set; changing it fails with ENOSYS. */
int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	if (how != SIG_BLOCK && how != SIG_UNBLOCK && how != SIG_SETMASK && set)
		return __twz_fail_errno(EINVAL);
	if (set)
		return __twz_fail_errno(ENOSYS);
	if (old)
		sigemptyset(old);
	return 0;
}

int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	int saved = errno;
	int r = sigprocmask(how, set, old) < 0 ? errno : 0;
	errno = saved;
	return r;
}

/* Programs start other programs with posix_spawn (spawn.c); fork and exec do not exist. */
pid_t fork(void)
{
	return __twz_fail_errno(ENOSYS);
}

pid_t vfork(void)
{
	return __twz_fail_errno(ENOSYS);
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	(void)path;
	(void)argv;
	(void)envp;
	return __twz_fail_errno(ENOSYS);
}
