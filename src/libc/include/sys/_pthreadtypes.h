/* twzrt's POSIX thread types (replaces newlib's sys/_pthreadtypes.h). The layouts are private to
 * src/libc/pthread/; programs use them only through <pthread.h> and the static initialisers. */
#ifndef _SYS__PTHREADTYPES_H_
#define _SYS__PTHREADTYPES_H_

#include <sys/sched.h>

/* A thread: the address of the C library's record of it. */
typedef unsigned long pthread_t;

typedef struct {
	unsigned long __stacksize;
	int __detachstate;
	int __guardsize;
	int __inheritsched;
	int __schedpolicy;
	struct sched_param __schedparam;
	int __scope;
	int __flags;
} pthread_attr_t;

/* A mutex: a futex word (0 free, 1 locked, 2 locked with waiters), its type, and for recursive and
 * error-checking mutexes the owner and the recursion count. */
typedef struct {
	unsigned int __lock;
	int __type;
	unsigned long __owner;
	unsigned int __count;
	int __pad;
} pthread_mutex_t;

typedef struct {
	int __type;
	int __pshared;
} pthread_mutexattr_t;

/* A condition variable: a sequence futex bumped by every signal, the clock of timed waits (0 means
 * CLOCK_REALTIME), and the number of waiters. */
typedef struct {
	unsigned int __seq;
	int __clock;
	unsigned int __waiters;
	unsigned int __pad;
} pthread_cond_t;

typedef struct {
	int __clock;
	int __pshared;
} pthread_condattr_t;

/* A reader-writer lock: one futex word (reader count, or all ones for a writer; bit 31 flags waiters). */
typedef struct {
	unsigned int __state;
	int __pad;
	unsigned long __owner;
} pthread_rwlock_t;

typedef struct {
	int __pshared;
} pthread_rwlockattr_t;

typedef unsigned int pthread_key_t;

/* 0: not run, 1: running, 2: done (3: running with waiters). */
typedef struct {
	unsigned int __state;
} pthread_once_t;

typedef struct {
	unsigned int __count;
	unsigned int __seq;
	unsigned int __waiting;
	unsigned int __lock;
} pthread_barrier_t;

typedef struct {
	int __pshared;
} pthread_barrierattr_t;

typedef unsigned int pthread_spinlock_t;

#endif /* _SYS__PTHREADTYPES_H_ */
