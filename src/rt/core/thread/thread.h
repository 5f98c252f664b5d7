/* The runtime's threads: records, the id table, and the life cycle (spawn, exit, join).
 *
 * Runtime thread ids: 1 is the main thread, spawned threads take the lowest free id from 2 up, and a
 * joined thread's id becomes free again. A spawned thread lives in one mapping made at spawn and unmapped
 * by join; from low to high:
 *   guard page | stack | struct rt_thread + TLS area (tls.h) | alternate signal stack
 * The kernel clears rt_thread.tid when the thread has gone; join waits on that word. */
#ifndef TWZ_RT_CORE_THREAD_H
#define TWZ_RT_CORE_THREAD_H

#include "../rt.h"

#define RT_THREAD_MAIN_ID 1
#define RT_THREAD_NAME_MAX 128 /* longer names are kept truncated (NUL included) */

struct rt_thread {
	thread_id id;
	_Atomic uint32_t tid; /* kernel tid while it runs; the kernel zeroes it at exit */
	struct rt_tcb *tcb;
	void *map; /* the thread's mapping (NULL for the main thread) */
	size_t map_len;
	void (*start)(size_t);
	size_t arg;
	void *altstack; /* alternate signal stack for upcalls */
	size_t altstack_len;
	bool starting;	 /* entered in the table, kernel thread not yet created (table lock) */
	bool joining;	 /* a join is under way (guarded by the table lock) */
	bool in_upcall;	 /* set while this thread runs an upcall handler */
	size_t name_len; /* 0: never named; else bytes of name including the NUL */
	char name[RT_THREAD_NAME_MAX];
};

/* Makes `tcb` the main thread's TCB (id 1). Called once by the start code after the thread pointer is
 * set; costs no system call. */
RT_HIDDEN void rt_thread_init_main(struct rt_tcb *tcb);
/* The calling thread's record (never NULL for a thread this runtime runs). */
static inline struct rt_thread *rt_thread_self(void)
{
	return rt_tcb_self()->thread;
}

/* The id table (table.c). All calls take the table lock themselves unless named *_locked. */
RT_HIDDEN void rt_threads_lock(void);
RT_HIDDEN void rt_threads_unlock(void);
/* The record with this id, or NULL (also while its spawn has not finished). */
RT_HIDDEN struct rt_thread *rt_threads_lookup_locked(thread_id id);
/* The record whose TCB is tcb, or NULL. */
RT_HIDDEN struct rt_thread *rt_threads_by_tcb_locked(const void *tcb);
/* Gives t the lowest free id and enters it. Returns false when the table cannot grow. */
RT_HIDDEN bool rt_threads_insert_locked(struct rt_thread *t);
/* Frees t's id. */
RT_HIDDEN void rt_threads_remove_locked(struct rt_thread *t);

/* Ends the calling thread (not the process) with `code`, handing its per-thread state back first. On
 * the main thread this ends the process instead (there is no one left to join it usefully). */
RT_HIDDEN _Noreturn void rt_thread_exit_self(exit_code code);
/* Ends the process: runs the runtime's fini hook once, closes descriptors, exit_group(code). */
RT_HIDDEN _Noreturn void rt_process_exit(exit_code code);
/* Ends the process at once: no destructors; descriptors closed, exit_group(code). */
RT_HIDDEN _Noreturn void rt_process_exit_now(exit_code code);

/* Sets tcb's stack-protector canary (%fs:0x28) and pointer guard from AT_RANDOM; the start code of each
 * runtime calls it for the main thread before any code compiled with the stack protector runs. */
RT_HIDDEN void rt_thread_init_guards(struct rt_tcb *tcb);

/* Terminates the process abnormally with SIGABRT, whatever the program did to that signal. */
RT_HIDDEN _Noreturn void rt_abort(void);

/* Defined by the runtime in use (weak: may be absent): destructors of the program and its libraries,
 * run once by the first rt_process_exit. */
RT_HIDDEN void rt_runtime_fini(void) __attribute__((weak));

/* option_duration -> nanoseconds for the host layer (UINT64_MAX: none). Saturates. */
RT_HIDDEN uint64_t rt_timeout_ns(struct option_duration timeout);
RT_HIDDEN uint64_t rt_duration_ns(struct duration d);

#endif
