/* twzrt (x86-64 over the Twizzler runtime ABI): inserted here by src/libc/newlib/build-newlib.sh.
 * - __DYNAMIC_REENT__: each thread's struct _reent (errno, strtok state, ...) comes from __getreent(),
 *   which src/libc/sysdeps/reent.c supplies from the runtime's thread control block.
 * - _REENT_GLOBAL_STDIO_STREAMS, _REENT_GLOBAL_ATEXIT: stdin/stdout/stderr and the atexit list are
 *   process-wide, not per thread.
 * - read()/write() return ssize_t, as POSIX says. */
#if defined(__x86_64__)
#define __DYNAMIC_REENT__
#define _REENT_GLOBAL_STDIO_STREAMS
#define _REENT_GLOBAL_ATEXIT
#define _READ_WRITE_RETURN_TYPE _ssize_t
#endif
