/* twzrt (x86-64 over the Twizzler runtime ABI): inserted here by src/libc/newlib/build-newlib.sh.
 * - __DYNAMIC_REENT__: each thread's struct _reent (errno, strtok state, ...) comes from __getreent(),
 *   which src/libc/sysdeps/reent.c supplies from the runtime's thread control block.
 * - _REENT_GLOBAL_STDIO_STREAMS, _REENT_GLOBAL_ATEXIT: stdin/stdout/stderr and the atexit list are
 *   process-wide, not per thread.
 * - read()/write() return ssize_t, as POSIX says.
 * - For programs only (not while newlib itself is built, which would switch its stdio to newlib's own
 *   pthread cancellation code): the POSIX options src/libc implements (threads, clocks, timeouts). */
#if defined(__x86_64__)
#define __DYNAMIC_REENT__
#define _REENT_GLOBAL_STDIO_STREAMS
#define _REENT_GLOBAL_ATEXIT
#define _READ_WRITE_RETURN_TYPE _ssize_t
#ifndef __TWZ_BUILDING_NEWLIB
#define _POSIX_THREADS 1
#define _POSIX_TIMEOUTS 1
#define _POSIX_TIMERS 1
#define _POSIX_MONOTONIC_CLOCK 200809L
#define _POSIX_CLOCK_SELECTION 200809L
#define _POSIX_READER_WRITER_LOCKS 200809L
#define _POSIX_BARRIERS 200809L
#define _POSIX_SPIN_LOCKS 200809L
#define _UNIX98_THREAD_MUTEX_ATTRIBUTES 1
#endif
#endif
