/* The descriptor table and the open-file records behind it (internal to rt/core).
 *
 * Descriptors are our own numbers, 0..RT_FD_MAX-1, lowest free first. A slot points at a struct rt_fd,
 * the open file: DUP puts the same record in a second slot, so dup'ed descriptors share the host file,
 * its position and the IO_FLAGS register (like POSIX open file descriptions). A record is reference
 * counted: each slot holds one reference and each running operation another, so a concurrent close never
 * pulls a host fd from under a running read; the host fds are closed when the last reference goes.
 *
 * Every record has two ends (read and write). Most kinds use one host fd for both; a pipe from
 * OpenKind_Pipe holds the host pipe's two fds, and FD_CMD_SHUTDOWN can close either end on its own. */
#ifndef TWZ_RT_CORE_FD_FD_H
#define TWZ_RT_CORE_FD_FD_H

#include "../rt.h"

#define RT_FD_MAX 1024
/* Longest host path we build from a name (Linux PATH_MAX, NUL included). */
#define RT_PATH_MAX 4096

enum rt_fd_type {
	RT_FD_FILE,	   /* seekable: the host file position is the descriptor's position */
	RT_FD_DIR,	   /* a directory: enumerate_names */
	RT_FD_LINK,	   /* a symlink itself (O_PATH|O_NOFOLLOW): get_info only */
	RT_FD_STREAM,	   /* console, pipe, FIFO, character device: offsets are ignored */
	RT_FD_COMPARTMENT, /* a spawned child: end[0] is its pidfd (exec/) */
};

enum { RT_END_READ = 0, RT_END_WRITE = 1 };

struct rt_fd_end {
	int host_fd;		/* -1 when the end does not exist */
	_Atomic uint32_t state; /* RT_END_SHUT | number of operations using host_fd (split ends only) */
};
#define RT_END_SHUT 0x80000000u

struct rt_fd {
	_Atomic uint32_t refs;
	uint8_t type;	/* enum rt_fd_type */
	bool split;	/* the ends are different host fds (pipes), shut down one by one */
	bool console;	/* stdio or KernelConsole: seek passes through, ESPIPE -> IO/SEEK_FAILED */
	bool is_static; /* one of the three stdio records: never freed */
	struct rt_fd_end end[2];
	_Atomic uint32_t open_flags; /* OPEN_FLAG_*, as recorded in the binding */
	_Atomic uint32_t io_flags;   /* IO_REGISTER_IO_FLAGS */
	objid id;		     /* pipes: the pipe's id (its host (dev, ino)), for binding by id */
	struct host_lock lock;	     /* guards the fields below */
	uint64_t enum_index;	     /* directories: index of the next entry getdents64 returns... */
	int64_t enum_doff;	     /* ...and the host directory offset where it starts */
	long pid;		     /* compartments (exec/) */
	bool exited;
	int status;
	uint32_t bind_kind; /* enum open_kind */
	uint32_t bind_len;
	size_t alloc_size;
	uint8_t bind_data[]; /* bind_len bytes: a copy of the bind_info the descriptor was opened with */
};

/* ---- table.c ---- */

/* Allocates a record of the given type with one reference and both ends absent (-1). bind_data is copied
 * (truncated to BIND_DATA_MAX). NULL when out of memory. */
RT_HIDDEN struct rt_fd *rt_fd_alloc(enum rt_fd_type type, uint32_t bind_kind, uint32_t open_flags,
				    const void *bind_data, size_t bind_len);
/* The record at fd with a reference taken, or NULL when fd is not open (any value of fd is allowed). */
RT_HIDDEN struct rt_fd *rt_fd_get(descriptor fd);
/* Takes a reference on a record the caller already holds. */
RT_HIDDEN void rt_fd_ref(struct rt_fd *f);
/* Drops a reference; the last one closes the host fds and frees the record. */
RT_HIDDEN void rt_fd_put(struct rt_fd *f);
/* Puts f (whose reference the table takes over) at the lowest free number. Returns the number, or -1 when
 * all RT_FD_MAX are in use (the caller keeps its reference then). */
RT_HIDDEN descriptor rt_fd_install(struct rt_fd *f);
/* Puts f (the table takes over its reference) at fd, replacing what was there (that record loses the
 * table's reference). fd must be in range. */
RT_HIDDEN void rt_fd_install_at(descriptor fd, struct rt_fd *f);
/* Reserves the lowest free number (it reads as closed until filled); -1 when none is free. */
RT_HIDDEN descriptor rt_fd_reserve(void);
/* Fills a reserved number with f (the table takes over its reference), or frees it when f is NULL. */
RT_HIDDEN void rt_fd_fill(descriptor fd, struct rt_fd *f);
/* Empties slot fd and drops the table's reference. No-op when fd is not open or out of range. */
RT_HIDDEN void rt_fd_close(descriptor fd);
/* Copies the bindings of open descriptors, in increasing fd order, into binds[0..n). Returns the count. */
RT_HIDDEN size_t rt_fd_read_binds(struct binding_info *binds, size_t n);
/* Finds an open pipe with this id and returns a new host fd (close-on-exec) for one of its ends, or
 * -ENOENT (no such pipe) / -EPIPE (that end is shut) / -errno. */
RT_HIDDEN long rt_fd_pipe_end_dup(objid id, int end);

/* ---- end.c: using one end's host fd ---- */

/* Returns the host fd of end `which` and marks it in use, or -1 when the end is absent or shut. Every
 * successful call must be paired with rt_fd_end_release. */
RT_HIDDEN int rt_fd_end_acquire(struct rt_fd *f, int which);
RT_HIDDEN void rt_fd_end_release(struct rt_fd *f, int which);
/* Shuts end `which` of a split record: no new operation gets its host fd, and the fd is closed once the
 * operations using it have finished. */
RT_HIDDEN void rt_fd_end_shut(struct rt_fd *f, int which);
/* Closes whatever host fds the record still holds (the last reference is gone). */
RT_HIDDEN void rt_fd_end_close_all(struct rt_fd *f);

/* ---- open.c ---- */

/* Opens (kind, flags, bind_info) into a new record with one reference, not yet in the table. Shared by
 * twz_rt_fd_open, twz_rt_fd_reopen and exec_spawn's descriptor bindings. */
RT_HIDDEN twz_error rt_fd_open_record(enum open_kind kind, uint32_t flags, const void *bind_info,
				      size_t bind_info_len, struct rt_fd **out);
/* open_path.c: OpenKind_Path. */
RT_HIDDEN twz_error rt_fd_open_path(uint32_t flags, const void *bind_info, size_t bind_info_len,
				    struct rt_fd **out);
/* open_pipe.c: OpenKind_Pipe. */
RT_HIDDEN twz_error rt_fd_open_pipe(uint32_t flags, const void *bind_info, size_t bind_info_len,
				    struct rt_fd **out);

/* ---- info.c ---- */

/* The stable object id this runtime gives a host file: (dev << 64) | ino. */
static inline objid rt_fd_host_id(uint64_t dev, uint64_t ino)
{
	return ((objid)dev << 64) | ino;
}
/* Fills *info from a host stat record (kind, len, mode, times, id, terminal flag via host_fd if >= 0). */
RT_HIDDEN void rt_fd_info_from_stat(const struct host_stat *st, int host_fd, struct fd_info *info);
RT_HIDDEN bool rt_fd_get_info(descriptor fd, struct fd_info *info);

/* ---- cmd.c, config.c, enumerate.c ---- */
RT_HIDDEN twz_error rt_fd_cmd(descriptor fd, fd_cmd cmd, void *arg, void *ret);
RT_HIDDEN twz_error rt_fd_get_config(descriptor fd, uint32_t reg, void *val, size_t len);
RT_HIDDEN twz_error rt_fd_set_config(descriptor fd, uint32_t reg, const void *val, size_t len);
RT_HIDDEN struct io_result rt_fd_enumerate(descriptor fd, struct name_entry *buf, size_t len, size_t off);

#endif
