/* Mutexes (normal, recursive, error-checking) over the internal futex lock (sysdeps/lowlock.h). The
 * owner of a recursive or error-checking mutex is the TCB address of the thread holding it. */
#include "pthread_impl.h"
#include "../sysdeps/lowlock.h"

#define WORD(m) ((_Atomic(uint32_t) *)&(m)->__lock)

int pthread_mutexattr_init(pthread_mutexattr_t *a)
{
	a->__type = PTHREAD_MUTEX_DEFAULT;
	a->__pshared = PTHREAD_PROCESS_PRIVATE;
	return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *a)
{
	(void)a;
	return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type)
{
	if (type != PTHREAD_MUTEX_NORMAL && type != PTHREAD_MUTEX_RECURSIVE && type != PTHREAD_MUTEX_ERRORCHECK)
		return EINVAL;
	a->__type = type;
	return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict a, int *restrict type)
{
	*type = a->__type;
	return 0;
}

/* Process-shared mutexes are not supported. */
int pthread_mutexattr_setpshared(pthread_mutexattr_t *a, int pshared)
{
	return __twz_set_pshared(&a->__pshared, pshared);
}

int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict a, int *restrict pshared)
{
	*pshared = a->__pshared;
	return 0;
}

int pthread_mutexattr_setprotocol(pthread_mutexattr_t *a, int protocol)
{
	(void)a;
	return protocol == PTHREAD_PRIO_NONE ? 0 : ENOTSUP;
}

int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *restrict a, int *restrict protocol)
{
	(void)a;
	*protocol = PTHREAD_PRIO_NONE;
	return 0;
}

int pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict a)
{
	*m = (pthread_mutex_t){ 0, a ? a->__type : PTHREAD_MUTEX_NORMAL, 0, 0, 0 };
	return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m)
{
	return __atomic_load_n(&m->__lock, __ATOMIC_RELAXED) ? EBUSY : 0;
}

/* For recursive and error-checking mutexes: 0 if the caller may go on to take the lock word, else the
 * result of the call (the recursion was counted, or it is an error). */
static int owner_check(pthread_mutex_t *m, uintptr_t self)
{
	if (__atomic_load_n(&m->__owner, __ATOMIC_RELAXED) != self)
		return -1;
	if (m->__type == PTHREAD_MUTEX_ERRORCHECK)
		return EDEADLK;
	if (m->__count == 0xffffffffu)
		return EAGAIN;
	m->__count++;
	return 0;
}

static void set_owner(pthread_mutex_t *m, uintptr_t self)
{
	__atomic_store_n(&m->__owner, self, __ATOMIC_RELAXED);
	m->__count = 1;
}

int pthread_mutex_lock(pthread_mutex_t *m)
{
	if (m->__type == PTHREAD_MUTEX_NORMAL) {
		__twz_lowlock_acquire(WORD(m));
		return 0;
	}
	uintptr_t self = __twz_tcb_self();
	int r = owner_check(m, self);
	if (r >= 0)
		return r;
	__twz_lowlock_acquire(WORD(m));
	set_owner(m, self);
	return 0;
}

int pthread_mutex_trylock(pthread_mutex_t *m)
{
	if (m->__type == PTHREAD_MUTEX_NORMAL)
		return __twz_lowlock_try(WORD(m)) ? 0 : EBUSY;
	uintptr_t self = __twz_tcb_self();
	int r = owner_check(m, self);
	if (r >= 0)
		return r == EDEADLK ? EBUSY : r;
	if (!__twz_lowlock_try(WORD(m)))
		return EBUSY;
	set_owner(m, self);
	return 0;
}

int pthread_mutex_timedlock(pthread_mutex_t *restrict m, const struct timespec *restrict abs)
{
	uintptr_t self = __twz_tcb_self();
	if (m->__type != PTHREAD_MUTEX_NORMAL) {
		int r = owner_check(m, self);
		if (r >= 0)
			return r;
	}
	if (!__twz_lowlock_try(WORD(m))) {
		for (;;) {
			if (__atomic_exchange_n(WORD(m), 2, __ATOMIC_ACQUIRE) == 0)
				break;
			struct duration d;
			int n = __twz_until(CLOCK_REALTIME, abs, &d);
			if (n < 0)
				return EINVAL;
			if (n == 0)
				return ETIMEDOUT;
			twz_rt_futex_wait(WORD(m), 2, __twz_timeout(d));
		}
	}
	if (m->__type != PTHREAD_MUTEX_NORMAL)
		set_owner(m, self);
	return 0;
}

int pthread_mutex_unlock(pthread_mutex_t *m)
{
	if (m->__type != PTHREAD_MUTEX_NORMAL) {
		if (__atomic_load_n(&m->__owner, __ATOMIC_RELAXED) != __twz_tcb_self())
			return EPERM;
		if (--m->__count > 0)
			return 0;
		__atomic_store_n(&m->__owner, 0, __ATOMIC_RELAXED);
	}
	__twz_lowlock_release(WORD(m));
	return 0;
}

/* Re-takes m after a condition wait, marking the word contended so that the unlock wakes the next of
 * the threads a broadcast released together. Restores the owner (the recursion count is restored by
 * the caller). */
int __twz_mutex_lock_contended(pthread_mutex_t *m)
{
	while (__atomic_exchange_n(WORD(m), 2, __ATOMIC_ACQUIRE) != 0)
		twz_rt_futex_wait(WORD(m), 2, NO_DURATION);
	if (m->__type != PTHREAD_MUTEX_NORMAL)
		set_owner(m, __twz_tcb_self());
	return 0;
}
