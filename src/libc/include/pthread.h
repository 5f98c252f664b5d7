/* twzrt's <pthread.h> (replaces newlib's): POSIX threads over the Twizzler runtime ABI
 * (src/libc/pthread/). Not supported: cancellation (pthread_cancel fails with ENOSYS), process-shared
 * objects, thread priorities and user-supplied stacks. */
#ifndef __PTHREAD_h
#define __PTHREAD_h

#include <sys/cdefs.h>
#include <sys/types.h>
#include <sched.h>
#include <sys/_pthreadtypes.h>
#include <time.h>

__BEGIN_DECLS

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1

#define PTHREAD_MUTEX_NORMAL 0
#define PTHREAD_MUTEX_RECURSIVE 1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT PTHREAD_MUTEX_NORMAL

#define PTHREAD_PROCESS_PRIVATE 0
#define PTHREAD_PROCESS_SHARED 1

#define PTHREAD_INHERIT_SCHED 0
#define PTHREAD_EXPLICIT_SCHED 1
#define PTHREAD_SCOPE_SYSTEM 0
#define PTHREAD_SCOPE_PROCESS 1

#define PTHREAD_PRIO_NONE 0
#define PTHREAD_PRIO_INHERIT 1
#define PTHREAD_PRIO_PROTECT 2

#define PTHREAD_CANCEL_ENABLE 0
#define PTHREAD_CANCEL_DISABLE 1
#define PTHREAD_CANCEL_DEFERRED 0
#define PTHREAD_CANCEL_ASYNCHRONOUS 1
#define PTHREAD_CANCELED ((void *)-1)

#define PTHREAD_BARRIER_SERIAL_THREAD (-1)

#define PTHREAD_MUTEX_INITIALIZER {0, PTHREAD_MUTEX_NORMAL, 0, 0, 0}
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP {0, PTHREAD_MUTEX_RECURSIVE, 0, 0, 0}
#define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP {0, PTHREAD_MUTEX_ERRORCHECK, 0, 0, 0}
#define PTHREAD_COND_INITIALIZER {0, 0, 0, 0}
#define PTHREAD_RWLOCK_INITIALIZER {0, 0, 0}
#define PTHREAD_ONCE_INIT {0}

/* Keys and destructor rounds. */
#define PTHREAD_KEYS_MAX 128
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#define PTHREAD_STACK_MIN 16384
#define PTHREAD_THREADS_MAX 4096

/* Threads */
int pthread_create(pthread_t *__restrict __th, const pthread_attr_t *__restrict __attr,
		   void *(*__start_routine)(void *), void *__restrict __arg);
int pthread_join(pthread_t __th, void **__value_ptr);
int pthread_detach(pthread_t __th);
void pthread_exit(void *__value_ptr) __dead2;
pthread_t pthread_self(void);
int pthread_equal(pthread_t __t1, pthread_t __t2);
int pthread_cancel(pthread_t __th);
int pthread_setcancelstate(int __state, int *__oldstate);
int pthread_setcanceltype(int __type, int *__oldtype);
void pthread_testcancel(void);
int pthread_getcpuclockid(pthread_t __th, clockid_t *__clock_id);
int pthread_setconcurrency(int __new_level);
int pthread_getconcurrency(void);
int pthread_yield(void);
#if __GNU_VISIBLE
int pthread_setname_np(pthread_t __th, const char *__name);
int pthread_getname_np(pthread_t __th, char *__name, size_t __len);
int pthread_getattr_np(pthread_t __th, pthread_attr_t *__attr);
int pthread_tryjoin_np(pthread_t __th, void **__value_ptr);
int pthread_timedjoin_np(pthread_t __th, void **__value_ptr, const struct timespec *__abstime);
#endif
int pthread_getschedparam(pthread_t __th, int *__policy, struct sched_param *__param);
int pthread_setschedparam(pthread_t __th, int __policy, const struct sched_param *__param);
int pthread_setschedprio(pthread_t __th, int __prio);
int pthread_atfork(void (*__prepare)(void), void (*__parent)(void), void (*__child)(void));

/* Thread attributes */
int pthread_attr_init(pthread_attr_t *__attr);
int pthread_attr_destroy(pthread_attr_t *__attr);
int pthread_attr_setstacksize(pthread_attr_t *__attr, size_t __stacksize);
int pthread_attr_getstacksize(const pthread_attr_t *__restrict __attr, size_t *__restrict __stacksize);
int pthread_attr_setstack(pthread_attr_t *__attr, void *__stackaddr, size_t __stacksize);
int pthread_attr_getstack(const pthread_attr_t *__restrict __attr, void **__restrict __stackaddr,
			  size_t *__restrict __stacksize);
int pthread_attr_setguardsize(pthread_attr_t *__attr, size_t __guardsize);
int pthread_attr_getguardsize(const pthread_attr_t *__restrict __attr, size_t *__restrict __guardsize);
int pthread_attr_setdetachstate(pthread_attr_t *__attr, int __detachstate);
int pthread_attr_getdetachstate(const pthread_attr_t *__attr, int *__detachstate);
int pthread_attr_setinheritsched(pthread_attr_t *__attr, int __inheritsched);
int pthread_attr_getinheritsched(const pthread_attr_t *__restrict __attr, int *__restrict __inheritsched);
int pthread_attr_setschedpolicy(pthread_attr_t *__attr, int __policy);
int pthread_attr_getschedpolicy(const pthread_attr_t *__restrict __attr, int *__restrict __policy);
int pthread_attr_setschedparam(pthread_attr_t *__restrict __attr, const struct sched_param *__restrict __param);
int pthread_attr_getschedparam(const pthread_attr_t *__restrict __attr, struct sched_param *__restrict __param);
int pthread_attr_setscope(pthread_attr_t *__attr, int __scope);
int pthread_attr_getscope(const pthread_attr_t *__restrict __attr, int *__restrict __scope);

/* Mutexes */
int pthread_mutexattr_init(pthread_mutexattr_t *__attr);
int pthread_mutexattr_destroy(pthread_mutexattr_t *__attr);
int pthread_mutexattr_settype(pthread_mutexattr_t *__attr, int __type);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *__restrict __attr, int *__restrict __type);
int pthread_mutexattr_setpshared(pthread_mutexattr_t *__attr, int __pshared);
int pthread_mutexattr_getpshared(const pthread_mutexattr_t *__restrict __attr, int *__restrict __pshared);
int pthread_mutexattr_setprotocol(pthread_mutexattr_t *__attr, int __protocol);
int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *__restrict __attr, int *__restrict __protocol);
int pthread_mutex_init(pthread_mutex_t *__restrict __mutex, const pthread_mutexattr_t *__restrict __attr);
int pthread_mutex_destroy(pthread_mutex_t *__mutex);
int pthread_mutex_lock(pthread_mutex_t *__mutex);
int pthread_mutex_trylock(pthread_mutex_t *__mutex);
int pthread_mutex_timedlock(pthread_mutex_t *__restrict __mutex, const struct timespec *__restrict __abstime);
int pthread_mutex_unlock(pthread_mutex_t *__mutex);

/* Condition variables */
int pthread_condattr_init(pthread_condattr_t *__attr);
int pthread_condattr_destroy(pthread_condattr_t *__attr);
int pthread_condattr_setclock(pthread_condattr_t *__attr, clockid_t __clock_id);
int pthread_condattr_getclock(const pthread_condattr_t *__restrict __attr, clockid_t *__restrict __clock_id);
int pthread_condattr_setpshared(pthread_condattr_t *__attr, int __pshared);
int pthread_condattr_getpshared(const pthread_condattr_t *__restrict __attr, int *__restrict __pshared);
int pthread_cond_init(pthread_cond_t *__restrict __cond, const pthread_condattr_t *__restrict __attr);
int pthread_cond_destroy(pthread_cond_t *__cond);
int pthread_cond_signal(pthread_cond_t *__cond);
int pthread_cond_broadcast(pthread_cond_t *__cond);
int pthread_cond_wait(pthread_cond_t *__restrict __cond, pthread_mutex_t *__restrict __mutex);
int pthread_cond_timedwait(pthread_cond_t *__restrict __cond, pthread_mutex_t *__restrict __mutex,
			   const struct timespec *__restrict __abstime);

/* Reader-writer locks */
int pthread_rwlockattr_init(pthread_rwlockattr_t *__attr);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *__attr);
int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *__attr, int __pshared);
int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *__restrict __attr, int *__restrict __pshared);
int pthread_rwlock_init(pthread_rwlock_t *__restrict __rwlock, const pthread_rwlockattr_t *__restrict __attr);
int pthread_rwlock_destroy(pthread_rwlock_t *__rwlock);
int pthread_rwlock_rdlock(pthread_rwlock_t *__rwlock);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *__rwlock);
int pthread_rwlock_timedrdlock(pthread_rwlock_t *__restrict __rwlock, const struct timespec *__restrict __abstime);
int pthread_rwlock_wrlock(pthread_rwlock_t *__rwlock);
int pthread_rwlock_trywrlock(pthread_rwlock_t *__rwlock);
int pthread_rwlock_timedwrlock(pthread_rwlock_t *__restrict __rwlock, const struct timespec *__restrict __abstime);
int pthread_rwlock_unlock(pthread_rwlock_t *__rwlock);

/* Spin locks and barriers */
int pthread_spin_init(pthread_spinlock_t *__lock, int __pshared);
int pthread_spin_destroy(pthread_spinlock_t *__lock);
int pthread_spin_lock(pthread_spinlock_t *__lock);
int pthread_spin_trylock(pthread_spinlock_t *__lock);
int pthread_spin_unlock(pthread_spinlock_t *__lock);
int pthread_barrierattr_init(pthread_barrierattr_t *__attr);
int pthread_barrierattr_destroy(pthread_barrierattr_t *__attr);
int pthread_barrierattr_setpshared(pthread_barrierattr_t *__attr, int __pshared);
int pthread_barrierattr_getpshared(const pthread_barrierattr_t *__restrict __attr, int *__restrict __pshared);
int pthread_barrier_init(pthread_barrier_t *__restrict __barrier, const pthread_barrierattr_t *__restrict __attr,
			 unsigned __count);
int pthread_barrier_destroy(pthread_barrier_t *__barrier);
int pthread_barrier_wait(pthread_barrier_t *__barrier);

/* Once and keys */
int pthread_once(pthread_once_t *__once_control, void (*__init_routine)(void));
int pthread_key_create(pthread_key_t *__key, void (*__destructor)(void *));
int pthread_key_delete(pthread_key_t __key);
void *pthread_getspecific(pthread_key_t __key);
int pthread_setspecific(pthread_key_t __key, const void *__value);

/* Cleanup handlers: a push and its pop must be in the same block. */
struct __twz_cleanup {
	void (*__routine)(void *);
	void *__arg;
	struct __twz_cleanup *__next;
};
void __twz_cleanup_push(struct __twz_cleanup *__c);
void __twz_cleanup_pop(struct __twz_cleanup *__c, int __execute);
#define pthread_cleanup_push(routine, arg)                                                                 \
	do {                                                                                               \
		struct __twz_cleanup __twz_c = {(routine), (arg), 0};                                      \
		__twz_cleanup_push(&__twz_c);
#define pthread_cleanup_pop(execute)                                                                       \
		__twz_cleanup_pop(&__twz_c, (execute));                                                    \
	} while (0)

__END_DECLS

#endif /* __PTHREAD_h */
