/* Barriers and spin locks. A barrier counts arrivals under an internal lock; the last arrival bumps the
 * generation word the others sleep on. */
#include "pthread_impl.h"
#include "../sysdeps/lowlock.h"

int pthread_barrierattr_init(pthread_barrierattr_t *a)
{
	a->__pshared = PTHREAD_PROCESS_PRIVATE;
	return 0;
}

int pthread_barrierattr_destroy(pthread_barrierattr_t *a)
{
	(void)a;
	return 0;
}

int pthread_barrierattr_setpshared(pthread_barrierattr_t *a, int pshared)
{
	return __twz_set_pshared(&a->__pshared, pshared);
}

int pthread_barrierattr_getpshared(const pthread_barrierattr_t *restrict a, int *restrict pshared)
{
	*pshared = a->__pshared;
	return 0;
}

int pthread_barrier_init(pthread_barrier_t *restrict b, const pthread_barrierattr_t *restrict a, unsigned count)
{
	(void)a;
	if (count == 0)
		return EINVAL;
	*b = (pthread_barrier_t){ count, 0, 0, 0 };
	return 0;
}

int pthread_barrier_destroy(pthread_barrier_t *b)
{
	return b->__waiting ? EBUSY : 0;
}

int pthread_barrier_wait(pthread_barrier_t *b)
{
	_Atomic(uint32_t) *lock = (_Atomic(uint32_t) *)&b->__lock;
	_Atomic(uint32_t) *seq = (_Atomic(uint32_t) *)&b->__seq;
	__twz_lowlock_acquire(lock);
	if (++b->__waiting == b->__count) {
		b->__waiting = 0;
		__atomic_fetch_add(seq, 1, __ATOMIC_RELEASE);
		__twz_lowlock_release(lock);
		twz_rt_futex_wake(seq, FUTEX_WAKE_ALL);
		return PTHREAD_BARRIER_SERIAL_THREAD;
	}
	uint32_t s = __atomic_load_n(seq, __ATOMIC_RELAXED);
	__twz_lowlock_release(lock);
	while (__atomic_load_n(seq, __ATOMIC_ACQUIRE) == s)
		twz_rt_futex_wait(seq, s, NO_DURATION);
	return 0;
}

int pthread_spin_init(pthread_spinlock_t *l, int pshared)
{
	if (pshared == PTHREAD_PROCESS_SHARED)
		return ENOTSUP;
	*l = 0;
	return 0;
}

int pthread_spin_destroy(pthread_spinlock_t *l)
{
	(void)l;
	return 0;
}

int pthread_spin_lock(pthread_spinlock_t *l)
{
	while (__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE))
		while (__atomic_load_n(l, __ATOMIC_RELAXED))
			__builtin_ia32_pause();
	return 0;
}

int pthread_spin_trylock(pthread_spinlock_t *l)
{
	return __atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE) ? EBUSY : 0;
}

int pthread_spin_unlock(pthread_spinlock_t *l)
{
	__atomic_store_n(l, 0, __ATOMIC_RELEASE);
	return 0;
}
