/* A small futex-based mutex for runtime-internal state. Zero-initialised means unlocked. */
#ifndef TWZ_HOST_LOCK_H
#define TWZ_HOST_LOCK_H

#include "util.h"

struct host_lock {
	_Atomic uint32_t state; /* 0 free, 1 held, 2 held with waiters */
};
#define HOST_LOCK_INIT { 0 }

HOST_HIDDEN void host_lock_acquire_slow(struct host_lock *l);
HOST_HIDDEN void host_lock_release_slow(struct host_lock *l);

static inline void host_lock_acquire(struct host_lock *l)
{
	uint32_t expected = 0;
	if (!__atomic_compare_exchange_n(&l->state, &expected, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		host_lock_acquire_slow(l);
}

static inline bool host_lock_try(struct host_lock *l)
{
	uint32_t expected = 0;
	return __atomic_compare_exchange_n(&l->state, &expected, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static inline void host_lock_release(struct host_lock *l)
{
	if (__atomic_exchange_n(&l->state, 0, __ATOMIC_RELEASE) == 2)
		host_lock_release_slow(l);
}

#endif
