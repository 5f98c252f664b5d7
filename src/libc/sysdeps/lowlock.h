/* The C library's internal lock: a futex word (0 free, 1 locked, 2 locked with waiters) over the
 * runtime's futexes. Used by newlib's retargetable locks (locks.c), pthread mutexes and private tables.
 * A zero-filled word is an unlocked lock. */
#ifndef TWZ_LIBC_LOWLOCK_H
#define TWZ_LIBC_LOWLOCK_H

#include <stdint.h>
#include <twizzler/rt/thread.h>

/* Takes the lock word the slow way: spins briefly, then marks it contended and sleeps. */
void __twz_lowlock_wait(_Atomic(uint32_t) *w) __attribute__((visibility("hidden")));

static inline int __twz_lowlock_try(_Atomic(uint32_t) *w)
{
	uint32_t z = 0;
	return __atomic_compare_exchange_n(w, &z, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static inline void __twz_lowlock_acquire(_Atomic(uint32_t) *w)
{
	if (!__twz_lowlock_try(w))
		__twz_lowlock_wait(w);
}

static inline void __twz_lowlock_release(_Atomic(uint32_t) *w)
{
	if (__atomic_exchange_n(w, 0, __ATOMIC_RELEASE) == 2)
		twz_rt_futex_wake(w, 1);
}

#endif
