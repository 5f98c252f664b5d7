/* Kernel threads (clone), stacks with guard pages, the thread pointer, process and CPU facts. */
#ifndef TWZ_HOST_THREAD_H
#define TWZ_HOST_THREAD_H

#include "util.h"

/* Starts a kernel thread that shares the address space, files and signal handlers, runs fn(arg) on
 * stack_top (16-byte aligned) with the thread pointer (%fs base) set to tp, and exits with status 0 if fn
 * returns. *tid_word receives the kernel tid before either thread runs on, and is zeroed and futex-woken
 * by the kernel when the thread has exited (host_thread_join waits on it). Returns the tid or -errno. */
HOST_HIDDEN long host_thread_create(void *stack_top, void *tp, void (*fn)(void *), void *arg,
				    _Atomic uint32_t *tid_word);
/* Waits at most timeout_ns (UINT64_MAX: forever) until the thread created with tid_word has exited, after
 * which its stack is no longer in use. Returns 0, or -ETIMEDOUT. (The kernel's wake at thread exit is a
 * shared futex wake, which host_futex_wait, a private wait, would never see: join only through here.) */
HOST_HIDDEN long host_thread_join(_Atomic uint32_t *tid_word, uint64_t timeout_ns);
/* Ends the calling kernel thread only (exit(2)). */
HOST_HIDDEN _Noreturn void host_thread_exit(int code);
/* Ends the whole process (exit_group(2)). */
HOST_HIDDEN _Noreturn void host_process_exit(int code);
/* Sets the calling thread's thread pointer (arch_prctl ARCH_SET_FS). Returns 0 or -errno. */
HOST_HIDDEN long host_set_thread_pointer(void *tp);
/* Maps a stack of `size` usable bytes (rounded up to pages) with a PROT_NONE guard page below it.
 * Returns the mapping base (guard page included) and sets *map_len; NULL on failure. */
HOST_HIDDEN void *host_stack_map(size_t size, size_t *map_len);
HOST_HIDDEN void host_stack_unmap(void *base, size_t map_len);
/* gettid(2), getpid(2). */
HOST_HIDDEN long host_gettid(void);
HOST_HIDDEN long host_getpid(void);
/* Number of CPUs this process may run on (sched_getaffinity), at least 1. */
HOST_HIDDEN size_t host_cpu_count(void);
/* Names the calling kernel thread (prctl PR_SET_NAME, truncated to 15 bytes). */
HOST_HIDDEN void host_thread_set_kernel_name(const char *name);

#endif
