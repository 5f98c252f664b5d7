/* What the OS layer of twzrt's C library shares: the runtime ABI, errno translation, time conversion,
 * and the libc-private thread control block slot.
 *
 * Rule: this layer reaches the system only through twz_rt_* functions (no raw system calls, no host C
 * library). Constants cross between newlib's values (O_CREAT 0x200, ENOSYS 88, ...) and the ABI's only
 * in these files. Internal names start with __twz_ and are hidden. */
#ifndef TWZ_LIBC_SYSDEPS_H
#define TWZ_LIBC_SYSDEPS_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <sys/types.h>
#include <twizzler/rt/__all.h>

#define LIBC_HIDDEN __attribute__((visibility("hidden")))

/* ---- errors (errno.c) ---- */

/* The errno value for a twz_error (0 for success). The one place where ABI errors become errno values. */
LIBC_HIDDEN int __twz_errno_from(twz_error err);

/* Sets errno from err and returns -1: the usual failure path of a POSIX call. */
static inline int __twz_fail(twz_error err)
{
	errno = __twz_errno_from(err);
	return -1;
}

/* Sets errno to e and returns -1. */
static inline int __twz_fail_errno(int e)
{
	errno = e;
	return -1;
}

/* ---- time (time.c) ---- */

static inline struct duration __twz_duration_from_ts(const struct timespec *ts)
{
	struct duration d = { (uint64_t)ts->tv_sec, (uint32_t)ts->tv_nsec };
	return d;
}

static inline struct timespec __twz_ts_from_duration(struct duration d)
{
	struct timespec ts = { (time_t)d.seconds, (long)d.nanos };
	return ts;
}

static inline struct option_duration __twz_timeout(struct duration d)
{
	struct option_duration o = { d, 1 };
	return o;
}

/* Reads clock id (CLOCK_REALTIME, CLOCK_MONOTONIC and their variants) into *ts; EINVAL for others. */
LIBC_HIDDEN int __twz_clock_read(clockid_t id, struct timespec *ts);

/* The time from now until the absolute time *abs on clock id, into *out; false if *abs has passed.
 * -1 with errno EINVAL for a bad clock or timespec. */
LIBC_HIDDEN int __twz_until(clockid_t id, const struct timespec *abs, struct duration *out);

/* ---- the C library's slot in the runtime's thread control block ----
 * The runtime reserves the word at %fs:0x20 of every thread's TCB for the C library (documented as the
 * libc-private TCB slot; it starts as NULL). %fs:0 holds the TCB's own address (x86-64 psABI), which
 * identifies the calling thread. */
static inline void *__twz_tcb_libc_slot(void)
{
	void *p;
	__asm__ volatile("mov %%fs:0x20, %0" : "=r"(p));
	return p;
}

static inline void __twz_tcb_set_libc_slot(void *p)
{
	__asm__ volatile("mov %0, %%fs:0x20" : : "r"(p) : "memory");
}

static inline uintptr_t __twz_tcb_self(void)
{
	uintptr_t p;
	__asm__("mov %%fs:0, %0" : "=r"(p));
	return p;
}

/* ---- process (process.c, start.c) ---- */

/* The main thread's TCB address, recorded at start-up (0 before). */
extern LIBC_HIDDEN uintptr_t __twz_main_tcb;

/* True on the program's main thread (also before start-up recorded it). */
static inline int __twz_on_main_thread(void)
{
	return __twz_main_tcb == 0 || __twz_tcb_self() == __twz_main_tcb;
}

/* ---- files (fd.c, fdflags.c) ---- */

/* open(2) flags as the ABI's OPEN_FLAG_* (access mode, O_TRUNC, O_NOFOLLOW, O_APPEND as TAIL). */
LIBC_HIDDEN uint32_t __twz_open_flags(int oflag);

/* What the C library remembers per descriptor beyond the runtime: O_APPEND, O_NONBLOCK, the access
 * mode, and FD_CLOEXEC. */
struct __twz_fdflags {
	int status; /* O_ACCMODE | O_APPEND | O_NONBLOCK bits; -1: unknown (not opened by us) */
	int fdflags; /* FD_CLOEXEC */
};
LIBC_HIDDEN struct __twz_fdflags __twz_fdflags_get(int fd);
LIBC_HIDDEN int __twz_fdflags_set(int fd, struct __twz_fdflags f);
LIBC_HIDDEN void __twz_fdflags_clear(int fd);

/* Fills an open_info for path (length-checked: ENAMETOOLONG); -1 with errno on failure. */
struct open_info;
LIBC_HIDDEN int __twz_path_info(const char *path, struct open_info *info);

#endif
