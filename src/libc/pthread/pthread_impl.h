/* The C library's record of a thread, shared by pthread/ and the OS layer. The runtime's TCB slot for
 * the C library (%fs:0x20, sysdeps.h) points at it; pthread_t is its address. */
#ifndef TWZ_LIBC_PTHREAD_IMPL_H
#define TWZ_LIBC_PTHREAD_IMPL_H

#include <pthread.h>
#include <reent.h>
#include "../sysdeps/sysdeps.h"

/* Values of __twz_thread.detach_state. */
enum { TWZ_JOINABLE = 0, TWZ_DETACHED = 1, TWZ_ENDED = 2 /* joinable and has ended */ };

struct __twz_thread {
	struct _reent *reent;            /* this thread's newlib state (first: __getreent reads it) */
	thread_id id;                    /* runtime thread id (0: not known) */
	_Atomic(uint32_t) detach_state;  /* TWZ_JOINABLE, TWZ_DETACHED or TWZ_ENDED */
	int is_main;
	void *(*start)(void *);
	void *arg;
	void *result;
	struct __twz_cleanup *cleanup;   /* pthread_cleanup_push stack */
	struct __twz_thread *reap_next;  /* list of exited detached threads (pthread/reap.c) */
	void *key_values[PTHREAD_KEYS_MAX];
	unsigned key_gens[PTHREAD_KEYS_MAX];
	struct _reent own_reent;         /* reent points here, except on the main thread */
};

/* The calling thread's record; created on first use for threads the C library did not start
 * (NULL only if that allocation fails). */
LIBC_HIDDEN struct __twz_thread *__twz_thread_self(void);

/* The main thread's record (static; reent is newlib's global one). */
extern LIBC_HIDDEN struct __twz_thread __twz_main_thread;

/* Runs the calling thread's key destructors (pthread/key.c). */
LIBC_HIDDEN void __twz_keys_run_destructors(struct __twz_thread *t);

/* Number of running threads started by pthread_create (pthread_exit on the main thread waits for 0). */
extern LIBC_HIDDEN _Atomic(uint32_t) __twz_live_threads;

/* Detached threads that have ended, to be joined (freed) by the next pthread_create (reap.c). */
LIBC_HIDDEN void __twz_reap_push(struct __twz_thread *t);
LIBC_HIDDEN void __twz_reap_all(void);

/* pthread_mutex internals used by condition variables (mutex.c). */
LIBC_HIDDEN int __twz_mutex_lock_contended(pthread_mutex_t *m);

/* The attributes' setpshared: only PTHREAD_PROCESS_PRIVATE exists here (ENOTSUP for SHARED: no memory is
 * shared between processes), anything else is EINVAL. */
static inline int __twz_set_pshared(int *field, int pshared)
{
	if (pshared == PTHREAD_PROCESS_SHARED)
		return ENOTSUP;
	if (pshared != PTHREAD_PROCESS_PRIVATE)
		return EINVAL;
	*field = pshared;
	return 0;
}

#endif
