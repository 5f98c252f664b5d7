/* Starting programs: posix_spawn/posix_spawnp and their attribute and file-action objects over
 * twz_rt_exec_spawn, waitpid/wait over the returned Compartment descriptors, and system, popen, pclose
 * on top of them.
 *
 * The child's descriptors are the parent's (those without FD_CLOEXEC) after the file actions, as
 * binding_info records that hand over the parent's open files themselves (TWZRT_BIND_INHERIT, a twzrt
 * extension), so parent and child share file positions as POSIX processes do.
 * Exit status: the ABI reports an exit code (128 + n for a child killed by signal n), which waitpid
 * reports as a normal exit with that code. Only the signal attributes that a fresh program already
 * satisfies are accepted (SETSIGDEF, an empty SETSIGMASK, RESETIDS); others fail with ENOSYS. */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "sysdeps.h"
#include <twzrt/process.h>
#include "lowlock.h"

/* ---- attributes and file actions ---- */

struct __posix_spawnattr {
	short flags;
	pid_t pgroup;
	sigset_t sigdefault;
	sigset_t sigmask;
	int policy;
	struct sched_param param;
};

enum { FA_OPEN, FA_CLOSE, FA_DUP2 };

struct file_action {
	int kind, fd, newfd, oflag;
	char *path;
};

struct __posix_spawn_file_actions {
	struct file_action *v;
	size_t n, cap;
};

int posix_spawnattr_init(posix_spawnattr_t *a)
{
	*a = calloc(1, sizeof **a);
	return *a ? 0 : ENOMEM;
}

int posix_spawnattr_destroy(posix_spawnattr_t *a)
{
	free(*a);
	*a = NULL;
	return 0;
}

int posix_spawnattr_setflags(posix_spawnattr_t *a, short flags)
{
	if (flags & ~(POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSCHEDPARAM |
		      POSIX_SPAWN_SETSCHEDULER | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
		return EINVAL;
	(*a)->flags = flags;
	return 0;
}

int posix_spawnattr_getflags(const posix_spawnattr_t *restrict a, short *restrict flags)
{
	*flags = (*a)->flags;
	return 0;
}

int posix_spawnattr_setpgroup(posix_spawnattr_t *a, pid_t pg)
{
	(*a)->pgroup = pg;
	return 0;
}

int posix_spawnattr_getpgroup(const posix_spawnattr_t *restrict a, pid_t *restrict pg)
{
	*pg = (*a)->pgroup;
	return 0;
}

int posix_spawnattr_setsigdefault(posix_spawnattr_t *restrict a, const sigset_t *restrict s)
{
	(*a)->sigdefault = *s;
	return 0;
}

int posix_spawnattr_getsigdefault(const posix_spawnattr_t *restrict a, sigset_t *restrict s)
{
	*s = (*a)->sigdefault;
	return 0;
}

int posix_spawnattr_setsigmask(posix_spawnattr_t *restrict a, const sigset_t *restrict s)
{
	(*a)->sigmask = *s;
	return 0;
}

int posix_spawnattr_getsigmask(const posix_spawnattr_t *restrict a, sigset_t *restrict s)
{
	*s = (*a)->sigmask;
	return 0;
}

int posix_spawnattr_setschedpolicy(posix_spawnattr_t *a, int policy)
{
	(*a)->policy = policy;
	return 0;
}

int posix_spawnattr_getschedpolicy(const posix_spawnattr_t *restrict a, int *restrict policy)
{
	*policy = (*a)->policy;
	return 0;
}

int posix_spawnattr_setschedparam(posix_spawnattr_t *restrict a, const struct sched_param *restrict p)
{
	(*a)->param = *p;
	return 0;
}

int posix_spawnattr_getschedparam(const posix_spawnattr_t *restrict a, struct sched_param *restrict p)
{
	*p = (*a)->param;
	return 0;
}

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *fa)
{
	*fa = calloc(1, sizeof **fa);
	return *fa ? 0 : ENOMEM;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *fa)
{
	for (size_t i = 0; i < (*fa)->n; i++)
		free((*fa)->v[i].path);
	free((*fa)->v);
	free(*fa);
	*fa = NULL;
	return 0;
}

static int fa_add(posix_spawn_file_actions_t *fa, struct file_action a)
{
	struct __posix_spawn_file_actions *f = *fa;
	if (a.fd < 0 || (a.kind == FA_DUP2 && a.newfd < 0))
		return EBADF;
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 8;
		struct file_action *v = realloc(f->v, cap * sizeof *v);
		if (!v)
			return ENOMEM;
		f->v = v;
		f->cap = cap;
	}
	f->v[f->n++] = a;
	return 0;
}

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *restrict fa, int fd, const char *restrict path,
				     int oflag, mode_t mode)
{
	(void)mode;
	char *p = strdup(path);
	if (!p)
		return ENOMEM;
	int r = fa_add(fa, (struct file_action){ FA_OPEN, fd, 0, oflag, p });
	if (r)
		free(p);
	return r;
}

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *fa, int fd)
{
	return fa_add(fa, (struct file_action){ FA_CLOSE, fd, 0, 0, NULL });
}

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *fa, int fd, int newfd)
{
	return fa_add(fa, (struct file_action){ FA_DUP2, fd, newfd, 0, NULL });
}

/* ---- the child's descriptor table ---- */

struct binds {
	struct binding_info *v;
	size_t n, cap;
};

static struct binding_info *binds_find(struct binds *b, int fd)
{
	for (size_t i = 0; i < b->n; i++)
		if (b->v[i].fd == fd)
			return &b->v[i];
	return NULL;
}

static void binds_remove(struct binds *b, int fd)
{
	struct binding_info *e = binds_find(b, fd);
	if (e)
		*e = b->v[--b->n];
}

/* Adds or replaces the binding for bi->fd. */
static int binds_put(struct binds *b, const struct binding_info *bi)
{
	struct binding_info *e = binds_find(b, bi->fd);
	if (!e) {
		if (b->n == b->cap) {
			size_t cap = b->cap ? b->cap * 2 : 8;
			struct binding_info *v = realloc(b->v, cap * sizeof *v);
			if (!v)
				return ENOMEM;
			b->v = v;
			b->cap = cap;
		}
		e = &b->v[b->n++];
	}
	if (e != bi)
		memmove(e, bi, sizeof *e);
	return 0;
}

/* The parent's descriptors, each as a binding that hands the child that very open file (sharing its
 * position, as POSIX descriptors are shared across exec): kind and flags as recorded, the source
 * descriptor in bind_data (TWZRT_BIND_INHERIT). */
static int binds_inherit(struct binds *b)
{
	for (;;) {
		size_t n = twz_rt_fd_read_binds(b->v, b->cap);
		if (n < b->cap) {
			b->n = n;
			break;
		}
		size_t cap = b->cap ? b->cap * 2 : 16;
		struct binding_info *v = realloc(b->v, cap * sizeof *v);
		if (!v)
			return ENOMEM;
		b->v = v;
		b->cap = cap;
	}
	for (size_t i = 0; i < b->n; i++) {
		struct binding_info *e = &b->v[i];
		int32_t src = e->fd;
		e->flags |= TWZRT_BIND_INHERIT;
		memcpy(e->bind_data, &src, sizeof src);
		e->bind_len = sizeof src;
	}
	return 0;
}

/* The child's starting table: the parent's passable descriptors without FD_CLOEXEC. */
static int binds_initial(const struct binds *all, struct binds *child)
{
	for (size_t i = 0; i < all->n; i++) {
		if (__twz_fdflags_get(all->v[i].fd).fdflags & FD_CLOEXEC)
			continue;
		int r = binds_put(child, &all->v[i]);
		if (r)
			return r;
	}
	return 0;
}

/* Runs the file actions on the child's table b; dup2 may take its source from the parent's table all
 * (a close-on-exec descriptor is still open in the child until the program starts). */
static int binds_apply(struct binds *b, struct binds *all, const struct __posix_spawn_file_actions *fa)
{
	struct binding_info *tmp = malloc(sizeof *tmp);
	if (!tmp)
		return ENOMEM;
	int r = 0;
	for (size_t i = 0; fa && i < fa->n && !r; i++) {
		const struct file_action *a = &fa->v[i];
		switch (a->kind) {
		case FA_CLOSE:
			binds_remove(b, a->fd);
			break;
		case FA_DUP2: {
			struct binding_info *src = binds_find(b, a->fd);
			if (!src)
				src = binds_find(all, a->fd);
			if (!src) {
				r = EBADF;
				break;
			}
			memcpy(tmp, src, sizeof *tmp);
			tmp->fd = a->newfd;
			r = binds_put(b, tmp);
			break;
		}
		case FA_OPEN: {
			memset(tmp, 0, sizeof *tmp);
			struct open_info *oi = (struct open_info *)tmp->bind_data;
			if (__twz_path_info(a->path, oi) < 0) {
				r = errno;
				break;
			}
			if (a->oflag & O_CREAT)
				oi->create.kind = (a->oflag & O_EXCL) ? CREATE_KIND_NEW : CREATE_KIND_EITHER;
			tmp->kind = OpenKind_Path;
			tmp->fd = a->fd;
			tmp->flags = __twz_open_flags(a->oflag);
			oi->flags = tmp->flags;
			tmp->bind_len = sizeof *oi;
			r = binds_put(b, tmp);
			break;
		}
		}
	}
	free(tmp);
	return r;
}

/* ---- children ---- */

struct child {
	pid_t pid;
	int fd;
};

static _Atomic(uint32_t) children_lock;
static struct child *children;
static size_t nchildren, children_cap;

static int child_add(pid_t pid, int fd)
{
	int r = 0;
	__twz_lowlock_acquire(&children_lock);
	if (nchildren == children_cap) {
		size_t cap = children_cap ? children_cap * 2 : 8;
		struct child *v = realloc(children, cap * sizeof *v);
		if (v) {
			children = v;
			children_cap = cap;
		} else {
			r = ENOMEM;
		}
	}
	if (!r)
		children[nchildren++] = (struct child){ pid, fd };
	__twz_lowlock_release(&children_lock);
	return r;
}

/* The descriptor of child pid (-1 if none); remove: forget it too. */
static int child_fd(pid_t pid, int remove)
{
	int fd = -1;
	__twz_lowlock_acquire(&children_lock);
	for (size_t i = 0; i < nchildren; i++) {
		if (children[i].pid == pid) {
			fd = children[i].fd;
			if (remove)
				children[i] = children[--nchildren];
			break;
		}
	}
	__twz_lowlock_release(&children_lock);
	return fd;
}

static int do_spawn(pid_t *restrict pid, const char *restrict path, const posix_spawn_file_actions_t *fa,
		    const posix_spawnattr_t *restrict attr, char *const argv[], char *const envp[])
{
	if (attr && *attr) {
		const struct __posix_spawnattr *a = *attr;
		if (a->flags & (POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSCHEDPARAM | POSIX_SPAWN_SETSCHEDULER))
			return ENOSYS;
		if (a->flags & POSIX_SPAWN_SETSIGMASK) {
			sigset_t empty;
			sigemptyset(&empty);
			if (memcmp(&empty, &a->sigmask, sizeof empty))
				return ENOSYS;
		}
	}
	int saved = errno;
	struct binds all = { 0 }, b = { 0 };
	int r = binds_inherit(&all);
	if (!r)
		r = binds_initial(&all, &b);
	if (!r)
		r = binds_apply(&b, &all, fa ? *fa : NULL);
	if (!r) {
		extern char **environ;
		struct exec_spawn_args args = {
			.prog = path,
			.args = (const char *const *)argv,
			.env = (const char *const *)(envp ? envp : environ),
			.fd_binds = b.v,
			.fd_bind_count = b.n,
			.flags = 0,
		};
		struct open_result res = twz_rt_exec_spawn(&args);
		struct fd_info fi;
		if (res.err) {
			r = __twz_errno_from(res.err);
		} else if (!twz_rt_fd_get_info(res.fd, &fi)) {
			r = EIO;
		} else {
			pid_t p = (pid_t)(uint64_t)fi.id;
			__twz_fdflags_set(res.fd, (struct __twz_fdflags){ O_RDONLY, FD_CLOEXEC });
			r = child_add(p, res.fd);
			if (r)
				twz_rt_fd_close(res.fd);
			else if (pid)
				*pid = p;
		}
	}
	free(b.v);
	free(all.v);
	errno = saved;
	return r;
}

/* A name without '/' is relative to the working directory (posix_spawnp searches PATH instead). */
int posix_spawn(pid_t *restrict pid, const char *restrict path, const posix_spawn_file_actions_t *fa,
		const posix_spawnattr_t *restrict attr, char *const argv[], char *const envp[])
{
	if (!strchr(path, '/')) {
		size_t n = strlen(path);
		char *p = malloc(n + 3);
		if (!p)
			return ENOMEM;
		memcpy(p, "./", 2);
		memcpy(p + 2, path, n + 1);
		int r = do_spawn(pid, p, fa, attr, argv, envp);
		free(p);
		return r;
	}
	return do_spawn(pid, path, fa, attr, argv, envp);
}

/* The runtime searches the PATH of the environment the child gets (envp, or ours when NULL). */
int posix_spawnp(pid_t *restrict pid, const char *restrict file, const posix_spawn_file_actions_t *fa,
		 const posix_spawnattr_t *restrict attr, char *const argv[], char *const envp[])
{
	return do_spawn(pid, file, fa, attr, argv, envp);
}

/* ---- waiting ---- */

/* The exit status of child fd if it has ended: 1 and *code, else 0. */
static int child_ended(int fd, int *code)
{
	uint64_t st = 0;
	if (twz_rt_fd_get_config(fd, IO_REGISTER_STATUS, &st, sizeof st))
		return 0;
	if (!(st & STATUS_FLAG_TERMINATED))
		return 0;
	*code = (int)(uint32_t)st;
	return 1;
}

static pid_t reap(pid_t pid, int code, int *status)
{
	int fd = child_fd(pid, 1);
	if (fd >= 0) {
		__twz_fdflags_clear(fd);
		twz_rt_fd_close(fd);
	}
	if (status)
		*status = (code & 0xff) << 8;
	return pid;
}

/* Any ended child: its pid, 0 if none has ended, -1 with ECHILD if there are no children. */
static pid_t any_ended(int *status)
{
	pid_t found = 0;
	int code = 0, have = 0;
	__twz_lowlock_acquire(&children_lock);
	have = nchildren > 0;
	for (size_t i = 0; i < nchildren && !found; i++)
		if (child_ended(children[i].fd, &code))
			found = children[i].pid;
	__twz_lowlock_release(&children_lock);
	if (!have)
		return __twz_fail_errno(ECHILD);
	return found ? reap(found, code, status) : 0;
}

/* Blocks until some child may have ended: poll over all children, or a short sleep if the runtime
 * cannot poll Compartment descriptors. */
static void wait_any(void)
{
	struct pollfd fds[64];
	size_t n = 0;
	__twz_lowlock_acquire(&children_lock);
	for (; n < nchildren && n < 64; n++)
		fds[n] = (struct pollfd){ children[n].fd, POLLIN, 0 };
	__twz_lowlock_release(&children_lock);
	struct io_result r = twz_rt_fd_poll(fds, n, __twz_timeout((struct duration){ 0, 50000000 }));
	if (r.err)
		twz_rt_sleep((struct duration){ 0, 5000000 });
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	if (options & ~(WNOHANG | WUNTRACED))
		return __twz_fail_errno(EINVAL);
	if (pid == -1 || pid == 0) {
		for (;;) {
			pid_t p = any_ended(status);
			if (p != 0 || (options & WNOHANG))
				return p;
			wait_any();
		}
	}
	if (pid < -1)
		return __twz_fail_errno(ECHILD);
	int fd = child_fd(pid, 0), code;
	if (fd < 0)
		return __twz_fail_errno(ECHILD);
	while (!child_ended(fd, &code)) {
		if (options & WNOHANG)
			return 0;
		char c;
		/* Reading a Compartment descriptor waits for the program to end. */
		struct io_result r = twz_rt_fd_pread(fd, &c, 0, NULL);
		if (r.err && !child_ended(fd, &code))
			twz_rt_sleep((struct duration){ 0, 5000000 });
	}
	return reap(pid, code, status);
}

pid_t wait(int *status)
{
	return waitpid(-1, status, 0);
}

/* Signal numbers: newlib's (the C library's) to Linux's, which IO_REGISTER_SIGNAL takes; 0: none. */
static const uint8_t linux_sig[32] = {
	[SIGHUP] = 1, [SIGINT] = 2, [SIGQUIT] = 3, [SIGILL] = 4, [SIGTRAP] = 5, [SIGABRT] = 6,
	[SIGFPE] = 8, [SIGKILL] = 9, [SIGBUS] = 7, [SIGSEGV] = 11, [SIGSYS] = 31, [SIGPIPE] = 13,
	[SIGALRM] = 14, [SIGTERM] = 15, [SIGURG] = 23, [SIGSTOP] = 19, [SIGTSTP] = 20, [SIGCONT] = 18,
	[SIGCHLD] = 17, [SIGTTIN] = 21, [SIGTTOU] = 22, [SIGIO] = 29, [SIGXCPU] = 24, [SIGXFSZ] = 25,
	[SIGVTALRM] = 26, [SIGPROF] = 27, [SIGWINCH] = 28, [SIGUSR1] = 10, [SIGUSR2] = 12,
};

int __twz_child_kill(pid_t pid, int sig)
{
	int fd = child_fd(pid, 0);
	if (fd < 0)
		return __twz_fail_errno(ESRCH);
	if (sig == 0)
		return 0;
	if (sig < 0 || sig >= 32 || !linux_sig[sig])
		return __twz_fail_errno(EINVAL);
	uint64_t s = linux_sig[sig];
	twz_error err = twz_rt_fd_set_config(fd, IO_REGISTER_SIGNAL, &s, sizeof s);
	return err ? __twz_fail(err) : 0;
}

/* ---- system, popen, pclose (through /bin/sh -c) ---- */

int system(const char *cmd)
{
	if (!cmd)
		return access("/bin/sh", X_OK) == 0;
	char *argv[] = { "sh", "-c", (char *)cmd, NULL };
	pid_t pid;
	int r = posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, NULL);
	if (r) {
		errno = r;
		return -1;
	}
	int status;
	if (waitpid(pid, &status, 0) < 0)
		return -1;
	return status;
}

int _system_r(struct _reent *reent, const char *cmd)
{
	(void)reent;
	return system(cmd);
}

struct popen_file {
	FILE *f;
	pid_t pid;
	struct popen_file *next;
};
static _Atomic(uint32_t) popen_lock;
static struct popen_file *popen_list;

FILE *popen(const char *cmd, const char *mode)
{
	int reading = mode[0] == 'r';
	if ((mode[0] != 'r' && mode[0] != 'w') || (mode[1] && mode[1] != 'e')) {
		errno = EINVAL;
		return NULL;
	}
	struct popen_file *pf = malloc(sizeof *pf);
	if (!pf)
		return NULL;
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0) {
		free(pf);
		return NULL;
	}
	int mine = reading ? p[0] : p[1], theirs = reading ? p[1] : p[0];
	posix_spawn_file_actions_t fa;
	int r = posix_spawn_file_actions_init(&fa);
	if (!r)
		r = posix_spawn_file_actions_adddup2(&fa, theirs, reading ? 1 : 0);
	char *argv[] = { "sh", "-c", (char *)cmd, NULL };
	pid_t pid;
	if (!r)
		r = posix_spawn(&pid, "/bin/sh", &fa, NULL, argv, NULL);
	posix_spawn_file_actions_destroy(&fa);
	close(theirs);
	FILE *f = r ? NULL : fdopen(mine, reading ? "r" : "w");
	if (!f) {
		if (!r)
			r = errno;
		close(mine);
		free(pf);
		errno = r;
		return NULL;
	}
	pf->f = f;
	pf->pid = pid;
	__twz_lowlock_acquire(&popen_lock);
	pf->next = popen_list;
	popen_list = pf;
	__twz_lowlock_release(&popen_lock);
	return f;
}

int pclose(FILE *f)
{
	struct popen_file **pp, *pf = NULL;
	__twz_lowlock_acquire(&popen_lock);
	for (pp = &popen_list; *pp; pp = &(*pp)->next) {
		if ((*pp)->f == f) {
			pf = *pp;
			*pp = pf->next;
			break;
		}
	}
	__twz_lowlock_release(&popen_lock);
	if (!pf)
		return __twz_fail_errno(ECHILD);
	fclose(f);
	int status;
	pid_t r = waitpid(pf->pid, &status, 0);
	free(pf);
	return r < 0 ? -1 : status;
}
