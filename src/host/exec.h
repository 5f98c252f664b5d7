/* Starting programs as new processes, and waiting for them. */
#ifndef TWZ_HOST_EXEC_H
#define TWZ_HOST_EXEC_H

#include "util.h"

/* One descriptor of the child: host fd `from` in the parent becomes `to` in the child. */
struct host_spawn_fd {
	int to;
	int from;
};

/* Starts `path` (execve(2) semantics: no PATH search) with NULL-terminated argv and envp. The child's
 * descriptors are exactly the ones listed in fds (everything else of the parent is close-on-exec).
 * Returns a pidfd for the child and sets *pid, or -errno (-ENOENT, -EACCES, -ENOEXEC, ...) when the
 * program could not be started (the exec error is reported to the parent, not hidden in the child). */
HOST_HIDDEN long host_spawn(const char *path, char *const argv[], char *const envp[],
			    const struct host_spawn_fd *fds, size_t nfds, long *pid);
/* Waits for the child behind pidfd to end (nohang: do not wait). Returns 0 and its status (exit code, or
 * 128 + signal number when killed), -EAGAIN when nohang and still running, or -errno. Reaps the child. */
HOST_HIDDEN long host_spawn_wait(int pidfd, bool nohang, int *status);

#endif
