/* twz_rt_exec_spawn: a Linux process stands in for a compartment.
 *
 * prog: with a '/' it is used as is; otherwise each directory of PATH is tried (PATH from args->env when
 * given, else from the initial environment); without PATH, the name as given. args NULL means {prog}.
 * env NULL inherits the environment the process started with (host_boot.envp): changes a C library makes
 * to its environ later are not seen (a known limitation).
 *
 * Descriptor bindings: binding_info.fd is the child's descriptor number, and (kind, flags, bind_data)
 * say what goes there, the way twz_rt_fd_open would open it: a Pipe with an object_bind_info id is that
 * open pipe of ours (its write end when flags has WRITE without READ, else its read end); a Path is
 * opened afresh with those flags; a KernelConsole is our host stdio (the same number for 0-2, else stdout
 * for WRITE and stdin otherwise). So twz_rt_fd_read_binds' output can be passed straight through. Other
 * kinds: GENERIC/NOT_SUPPORTED. With the TWZRT_BIND_INHERIT flag (include/twzrt/process.h) the child
 * gets one of our open descriptors itself, sharing its position. With no bindings the child gets our
 * host fds 0-2. */
#include "exec.h"
#include <twzrt/process.h>

#define ON_STACK 8

struct bind_work {
	struct host_spawn_fd *map;
	struct rt_fd **recs; /* records opened for the child, dropped after the spawn */
	size_t n;
};

static const char *env_lookup(const char *const *env, const char *name)
{
	if (!env)
		return host_getenv(name);
	size_t n = host_strlen(name);
	for (; *env; env++)
		if (!host_strncmp(*env, name, n) && (*env)[n] == '=')
			return *env + n + 1;
	return NULL;
}

/* TWZRT_BIND_INHERIT: the parent's descriptor named in bind_data, shared with the child through a
 * duplicate of its host fd held in a new record (dropped after the spawn, as opened ones are). */
static twz_error bind_inherit(const struct binding_info *b, struct host_spawn_fd *m, struct rt_fd **rec)
{
	int32_t src;
	if (b->bind_len < sizeof src)
		return RT_ERR_INVALID_ARGUMENT;
	memcpy(&src, b->bind_data, sizeof src);
	struct rt_fd *f = rt_fd_get(src);
	if (!f)
		return RT_ERR_BAD_HANDLE;
	int which = f->split && (b->flags & OPEN_FLAG_WRITE) && !(b->flags & OPEN_FLAG_READ) ? RT_END_WRITE
											 : RT_END_READ;
	int hfd = rt_fd_end_acquire(f, which);
	long dup = hfd >= 0 ? host_dup_min(hfd, 3) : -EPIPE;
	if (hfd >= 0)
		rt_fd_end_release(f, which);
	rt_fd_put(f);
	if (dup < 0)
		return rt_error_from_errno(dup);
	*rec = rt_fd_alloc(RT_FD_STREAM, b->kind, b->flags, NULL, 0);
	if (!*rec) {
		host_close((int)dup);
		return RT_ERR_OUT_OF_MEMORY;
	}
	(*rec)->end[RT_END_READ].host_fd = (int)dup;
	m->from = (int)dup;
	return 0;
}

static twz_error bind_one(const struct binding_info *b, struct host_spawn_fd *m, struct rt_fd **rec)
{
	*rec = NULL;
	if (b->fd < 0 || b->fd >= RT_FD_MAX || b->bind_len > BIND_DATA_MAX)
		return RT_ERR_INVALID_ARGUMENT;
	m->to = b->fd;
	if (b->flags & TWZRT_BIND_INHERIT)
		return bind_inherit(b, m, rec);
	if (b->kind == OpenKind_KernelConsole) {
		m->from = b->fd <= 2 ? b->fd : (b->flags & OPEN_FLAG_WRITE) ? 1 : 0;
		return 0;
	}
	if (b->kind != OpenKind_Path && b->kind != OpenKind_Pipe)
		return RT_ERR_NOT_SUPPORTED;
	if (b->kind == OpenKind_Pipe && b->bind_len < sizeof(struct object_bind_info))
		return RT_ERR_INVALID_ARGUMENT; /* a new pipe nobody else could reach */
	twz_error err = rt_fd_open_record(b->kind, b->flags, b->bind_data, b->bind_len, rec);
	if (err)
		return err;
	bool write_end = (*rec)->split && (b->flags & OPEN_FLAG_WRITE) && !(b->flags & OPEN_FLAG_READ);
	m->from = (*rec)->end[write_end ? RT_END_WRITE : RT_END_READ].host_fd;
	return 0;
}

static twz_error binds_prepare(const struct exec_spawn_args *a, struct bind_work *w)
{
	if (a->fd_bind_count == 0) {
		for (int i = 0; i < 3; i++)
			w->map[i] = (struct host_spawn_fd){i, i};
		w->n = 3;
		return 0;
	}
	for (size_t i = 0; i < a->fd_bind_count; i++) {
		twz_error err = bind_one(&a->fd_binds[i], &w->map[i], &w->recs[i]);
		if (err)
			return err;
		w->n = i + 1;
	}
	return 0;
}

/* recs[0..count) starts zeroed, so this also undoes a half-done binds_prepare. */
static void binds_release(struct bind_work *w, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (w->recs[i])
			rt_fd_put(w->recs[i]);
}

/* host_spawn with the PATH search described above. */
static long spawn_search(const struct exec_spawn_args *a, char *const argv[], char *const envp[],
			 const struct bind_work *w, long *pid)
{
	const char *prog = a->prog;
	const char *path = env_lookup(a->env, "PATH");
	if (!prog[0])
		return -ENOENT;
	if (host_memchr(prog, '/', host_strlen(prog)) || !path)
		return host_spawn(prog, argv, envp, w->map, w->n, pid);
	size_t plen = host_strlen(prog);
	bool denied = false;
	char buf[RT_PATH_MAX];
	for (const char *p = path;; p++) {
		const char *end = p;
		while (*end && *end != ':')
			end++;
		size_t dlen = end > p ? (size_t)(end - p) : 1;
		if (dlen + 1 + plen < sizeof buf) {
			memcpy(buf, end > p ? p : ".", dlen);
			buf[dlen] = '/';
			memcpy(buf + dlen + 1, prog, plen + 1);
			struct host_stat st; /* skip missing candidates without starting a process */
			long r = host_fstatat(HOST_AT_FDCWD, buf, &st, false);
			if (r >= 0)
				r = host_spawn(buf, argv, envp, w->map, w->n, pid);
			if (r >= 0)
				return r;
			if (r == -EACCES)
				denied = true;
			else if (r != -ENOENT && r != -ENOTDIR)
				return r;
		}
		if (!*end)
			break;
		p = end;
	}
	return denied ? -EACCES : -ENOENT;
}

struct open_result rt_exec_spawn(const struct exec_spawn_args *a)
{
	if (!a || !a->prog || (a->fd_bind_count && !a->fd_binds) || a->fd_bind_count > RT_FD_MAX)
		return (struct open_result){0, RT_ERR_INVALID_ARGUMENT};
	const char *argv_default[2] = {a->prog, NULL};
	char *const *argv = (char *const *)(a->args ? a->args : argv_default);
	char *const *envp = a->env ? (char *const *)a->env : host_boot.envp;

	struct host_spawn_fd map_stack[ON_STACK];
	struct rt_fd *recs_stack[ON_STACK] = {0};
	struct bind_work w = {map_stack, recs_stack, 0};
	size_t count = a->fd_bind_count, map_size = count * sizeof *w.map, recs_size = count * sizeof *w.recs;
	if (count > ON_STACK) {
		w.map = twz_rt_malloc(map_size, _Alignof(struct host_spawn_fd), 0);
		w.recs = twz_rt_malloc(recs_size, _Alignof(struct rt_fd *), ZERO_MEMORY);
	}
	struct rt_fd *comp = rt_fd_alloc(RT_FD_COMPARTMENT, OpenKind_Compartment, OPEN_FLAG_READ, NULL, 0);
	descriptor fd = rt_fd_reserve();
	twz_error err = 0;
	if (!w.map || !w.recs || !comp)
		err = RT_ERR_OUT_OF_MEMORY;
	else if (fd < 0)
		err = rt_err(RESOURCE_ERROR, OUT_OF_NAMES);
	if (!err)
		err = binds_prepare(a, &w);
	if (!err) {
		long pid = 0, pidfd = spawn_search(a, argv, envp, &w, &pid);
		if (pidfd < 0) {
			err = rt_error_from_errno(pidfd);
		} else {
			comp->end[RT_END_READ].host_fd = (int)pidfd;
			comp->pid = pid;
			comp->id = (objid)(uint64_t)pid;
		}
	}
	if (w.recs)
		binds_release(&w, count);
	if (count > ON_STACK) {
		if (w.map)
			twz_rt_dealloc(w.map, map_size, _Alignof(struct host_spawn_fd), 0);
		if (w.recs)
			twz_rt_dealloc(w.recs, recs_size, _Alignof(struct rt_fd *), 0);
	}
	if (err) {
		if (fd >= 0)
			rt_fd_fill(fd, NULL);
		if (comp)
			rt_fd_put(comp);
		return (struct open_result){0, err};
	}
	rt_fd_fill(fd, comp);
	return (struct open_result){fd, 0};
}
