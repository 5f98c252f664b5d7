/* Reader-writer locks on one futex word: bits 0-30 count readers (all ones: a writer holds it), bit 31
 * says threads are waiting. The last unlock clears the word and wakes every waiter, which compete
 * again. Readers are preferred (a writer may wait while readers keep coming). */
#include "pthread_impl.h"

#define STATE(l) ((_Atomic(uint32_t) *)&(l)->__state)
#define WAITING 0x80000000u
#define COUNT 0x7fffffffu
#define WRITER COUNT

int pthread_rwlockattr_init(pthread_rwlockattr_t *a)
{
	a->__pshared = PTHREAD_PROCESS_PRIVATE;
	return 0;
}

int pthread_rwlockattr_destroy(pthread_rwlockattr_t *a)
{
	(void)a;
	return 0;
}

int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *a, int pshared)
{
	return __twz_set_pshared(&a->__pshared, pshared);
}

int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *restrict a, int *restrict pshared)
{
	*pshared = a->__pshared;
	return 0;
}

int pthread_rwlock_init(pthread_rwlock_t *restrict l, const pthread_rwlockattr_t *restrict a)
{
	(void)a;
	*l = (pthread_rwlock_t){ 0, 0, 0 };
	return 0;
}

int pthread_rwlock_destroy(pthread_rwlock_t *l)
{
	return (__atomic_load_n(STATE(l), __ATOMIC_RELAXED) & COUNT) ? EBUSY : 0;
}

/* One attempt: 0 on success, EBUSY if it must wait, EAGAIN when the reader count is full. */
static int try_rd(pthread_rwlock_t *l)
{
	uint32_t s = __atomic_load_n(STATE(l), __ATOMIC_RELAXED);
	for (;;) {
		uint32_t n = s & COUNT;
		if (n == WRITER)
			return EBUSY;
		if (n == WRITER - 1)
			return EAGAIN;
		if (__atomic_compare_exchange_n(STATE(l), &s, s + 1, 1, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return 0;
	}
}

static int try_wr(pthread_rwlock_t *l)
{
	uint32_t s = __atomic_load_n(STATE(l), __ATOMIC_RELAXED);
	for (;;) {
		if (s & COUNT)
			return EBUSY;
		if (__atomic_compare_exchange_n(STATE(l), &s, s | WRITER, 1, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return 0;
	}
}

/* Sleeps until the lock may be free, or the timeout (abs, on CLOCK_REALTIME) passes: ETIMEDOUT. */
static int sleep_on(pthread_rwlock_t *l, const struct timespec *abs)
{
	uint32_t s = __atomic_load_n(STATE(l), __ATOMIC_RELAXED);
	if (!(s & COUNT))
		return 0;
	if (!(s & WAITING) && !__atomic_compare_exchange_n(STATE(l), &s, s | WAITING, 0, __ATOMIC_RELAXED,
							  __ATOMIC_RELAXED))
		return 0; /* it changed: look again */
	struct option_duration t = NO_DURATION;
	if (abs) {
		struct duration d;
		int n = __twz_until(CLOCK_REALTIME, abs, &d);
		if (n < 0)
			return EINVAL;
		if (n == 0)
			return ETIMEDOUT;
		t = __twz_timeout(d);
	}
	twz_rt_futex_wait(STATE(l), s | WAITING, t);
	return 0;
}

static int lock(pthread_rwlock_t *l, int (*attempt)(pthread_rwlock_t *), const struct timespec *abs)
{
	for (int spins = 0;; spins++) {
		int r = attempt(l);
		if (r != EBUSY)
			return r;
		if (spins < 50) {
			__builtin_ia32_pause();
			continue;
		}
		r = sleep_on(l, abs);
		if (r)
			return r;
	}
}

int pthread_rwlock_rdlock(pthread_rwlock_t *l)
{
	return lock(l, try_rd, NULL);
}

int pthread_rwlock_tryrdlock(pthread_rwlock_t *l)
{
	return try_rd(l);
}

int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict l, const struct timespec *restrict abs)
{
	return lock(l, try_rd, abs);
}

int pthread_rwlock_wrlock(pthread_rwlock_t *l)
{
	if (__atomic_load_n(&l->__owner, __ATOMIC_RELAXED) == __twz_tcb_self())
		return EDEADLK;
	int r = lock(l, try_wr, NULL);
	if (!r)
		__atomic_store_n(&l->__owner, __twz_tcb_self(), __ATOMIC_RELAXED);
	return r;
}

int pthread_rwlock_trywrlock(pthread_rwlock_t *l)
{
	int r = try_wr(l);
	if (!r)
		__atomic_store_n(&l->__owner, __twz_tcb_self(), __ATOMIC_RELAXED);
	return r;
}

int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict l, const struct timespec *restrict abs)
{
	if (__atomic_load_n(&l->__owner, __ATOMIC_RELAXED) == __twz_tcb_self())
		return EDEADLK;
	int r = lock(l, try_wr, abs);
	if (!r)
		__atomic_store_n(&l->__owner, __twz_tcb_self(), __ATOMIC_RELAXED);
	return r;
}

int pthread_rwlock_unlock(pthread_rwlock_t *l)
{
	uint32_t s = __atomic_load_n(STATE(l), __ATOMIC_RELAXED);
	if ((s & COUNT) == WRITER)
		__atomic_store_n(&l->__owner, 0, __ATOMIC_RELAXED);
	for (;;) {
		uint32_t n = s & COUNT;
		if (n == 0)
			return EPERM;
		uint32_t next = (n == WRITER || n == 1) ? 0 : s - 1;
		if (__atomic_compare_exchange_n(STATE(l), &s, next, 1, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
			if (next == 0 && (s & WAITING))
				twz_rt_futex_wake(STATE(l), FUTEX_WAKE_ALL);
			return 0;
		}
	}
}
