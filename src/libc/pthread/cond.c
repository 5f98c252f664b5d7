/* Condition variables: a sequence word that every signal and broadcast bumps; waiters sleep on it with
 * the value they saw before unlocking the mutex, so no wakeup between the unlock and the sleep is lost.
 * Spurious wakeups happen (POSIX allows them). Timed waits use the clock chosen with
 * pthread_condattr_setclock (CLOCK_REALTIME by default, or CLOCK_MONOTONIC). */
#include "pthread_impl.h"

#define SEQ(c) ((_Atomic(uint32_t) *)&(c)->__seq)
#define WAITERS(c) ((_Atomic(uint32_t) *)&(c)->__waiters)

int pthread_condattr_init(pthread_condattr_t *a)
{
	a->__clock = CLOCK_REALTIME;
	a->__pshared = PTHREAD_PROCESS_PRIVATE;
	return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *a)
{
	(void)a;
	return 0;
}

int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t id)
{
	if (id != CLOCK_REALTIME && id != CLOCK_MONOTONIC)
		return EINVAL;
	a->__clock = (int)id;
	return 0;
}

int pthread_condattr_getclock(const pthread_condattr_t *restrict a, clockid_t *restrict id)
{
	*id = (clockid_t)a->__clock;
	return 0;
}

int pthread_condattr_setpshared(pthread_condattr_t *a, int pshared)
{
	return __twz_set_pshared(&a->__pshared, pshared);
}

int pthread_condattr_getpshared(const pthread_condattr_t *restrict a, int *restrict pshared)
{
	*pshared = a->__pshared;
	return 0;
}

int pthread_cond_init(pthread_cond_t *restrict c, const pthread_condattr_t *restrict a)
{
	*c = (pthread_cond_t){ 0, a ? a->__clock : 0, 0, 0 };
	return 0;
}

int pthread_cond_destroy(pthread_cond_t *c)
{
	(void)c;
	return 0;
}

static void wake(pthread_cond_t *c, int64_t n)
{
	if (__atomic_load_n(WAITERS(c), __ATOMIC_SEQ_CST) == 0)
		return;
	__atomic_fetch_add(SEQ(c), 1, __ATOMIC_SEQ_CST);
	twz_rt_futex_wake(SEQ(c), n);
}

int pthread_cond_signal(pthread_cond_t *c)
{
	wake(c, 1);
	return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c)
{
	wake(c, FUTEX_WAKE_ALL);
	return 0;
}

/* abs NULL: no timeout. */
static int wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m, const struct timespec *abs)
{
	clockid_t clock = c->__clock ? (clockid_t)c->__clock : CLOCK_REALTIME;
	if (m->__type != PTHREAD_MUTEX_NORMAL && __atomic_load_n(&m->__owner, __ATOMIC_RELAXED) != __twz_tcb_self())
		return EPERM;
	struct duration d;
	if (abs) {
		int n = __twz_until(clock, abs, &d);
		if (n < 0)
			return EINVAL;
		if (n == 0)
			return ETIMEDOUT;
	}
	__atomic_fetch_add(WAITERS(c), 1, __ATOMIC_SEQ_CST);
	uint32_t seq = __atomic_load_n(SEQ(c), __ATOMIC_SEQ_CST);
	unsigned count = m->__count;
	if (m->__type != PTHREAD_MUTEX_NORMAL)
		m->__count = 1; /* one unlock releases it whatever the recursion depth */
	pthread_mutex_unlock(m);
	twz_error err = twz_rt_futex_wait(SEQ(c), seq, abs ? __twz_timeout(d) : NO_DURATION);
	__atomic_fetch_sub(WAITERS(c), 1, __ATOMIC_SEQ_CST);
	__twz_mutex_lock_contended(m);
	if (m->__type != PTHREAD_MUTEX_NORMAL)
		m->__count = count;
	if (err && __twz_errno_from(err) == ETIMEDOUT)
		return ETIMEDOUT;
	return 0;
}

int pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m)
{
	return wait(c, m, NULL);
}

int pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m, const struct timespec *restrict abs)
{
	return wait(c, m, abs);
}
