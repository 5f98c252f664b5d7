/* Threads: futexes, yielding and sleeping, names, TLS, spawning and joining. */
#ifndef TWIZZLER_RT_THREAD_H
#define TWIZZLER_RT_THREAD_H

#include <stddef.h>
#include <stdint.h>

#include "types.h"

TWZ_BEGIN_DECLS

/* The 32-bit word futexes wait on. */
typedef uint32_t futex_word;

/* Sleeps while *ptr == expected, until woken or until the optional timeout passes (spurious wakeups
 * are possible). Returns 0 at once if *ptr != expected and after a wakeup; GENERIC/TIMED_OUT on
 * timeout. */
twz_error twz_rt_futex_wait(TWZ_ATOMIC(futex_word) * ptr, futex_word expected,
			    struct option_duration timeout);

/* Wakes up to max threads waiting on ptr (all of them if max is negative, e.g. FUTEX_WAKE_ALL).
 * Always returns 0. */
twz_error twz_rt_futex_wake(TWZ_ATOMIC(futex_word) * ptr, int64_t max);

/* twz_rt_futex_wake's max: wake every waiter (upstream type: int64_t). */
enum { FUTEX_WAKE_ALL = -1 };

/* Lets other threads run. */
void twz_rt_yield_now(void);

/* Sets the calling thread's name to a copy of the NUL-terminated string name. */
void twz_rt_set_name(const char *name);

/* Copies a thread's name (NUL included, truncated to fit) into name; *len is its capacity on entry and
 * the number of bytes written on return (0 if the thread has no name). tcb selects the thread. */
void twz_rt_get_name(const void *tcb, char *name, size_t *len);

/* Sleeps for at least dur. */
void twz_rt_sleep(struct duration dur);

/* A TLS location: byte offset in the block of module mod_id (general-dynamic model). */
struct tls_index {
	size_t mod_id;
	size_t offset;
};

/* Returns the calling thread's address of the TLS location *index; NULL if the module is unknown. */
void *twz_rt_tls_get_addr(struct tls_index *index);

/* A TLS descriptor. resolver is the address of the resolver function, typed void * on purpose. */
struct tls_desc {
	void *resolver;
	uint64_t value;
};

/* Resolves a TLS descriptor to the calling thread's address for it (value points at a struct
 * tls_index). */
void *twz_rt_tls_desc_resolve(struct tls_desc *arg);

/* A runtime thread id (not a kernel id). */
typedef uint32_t thread_id;

/* What twz_rt_spawn_thread runs: ((void (*)(size_t))start)(arg) on a stack of at least stack_size
 * bytes. */
struct spawn_args {
	size_t stack_size;
	uintptr_t start;
	size_t arg;
};

/* On success err is 0, id the new thread and tcb its thread control block; on error id 0, tcb NULL. */
struct spawn_result {
	thread_id id;
	twz_error err;
	void *tcb;
};

/* Starts a thread as args describe. Errors: ARGUMENT/INVALID_ARGUMENT for bad arguments,
 * RESOURCE/OUT_OF_MEMORY or OUT_OF_RESOURCES when it cannot be created. */
struct spawn_result twz_rt_spawn_thread(struct spawn_args args);

/* Waits for thread id to exit (up to the optional timeout) and frees its id. Errors:
 * ARGUMENT/BAD_HANDLE for an unknown id, GENERIC/TIMED_OUT. */
twz_error twz_rt_join_thread(thread_id id, struct option_duration timeout);

/* Facts about one thread: its id, thread control block and the object id that represents it. */
struct thread_info {
	thread_id id;
	void *tcb;
	TWZ_GLOBAL(objid) objid;
};

/* thread_id meaning "the calling thread" (an unsigned int, which thread_id is). */
#define TWZ_RT_THREAD_ID_SELF 0xFFFFFFFFU

/* Describes thread id (or the caller, for TWZ_RT_THREAD_ID_SELF); {id, NULL, 0} if it is unknown. */
struct thread_info twz_rt_get_thread_info(thread_id id);

TWZ_END_DECLS

#endif /* TWIZZLER_RT_THREAD_H */
