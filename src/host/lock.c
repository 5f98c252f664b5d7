/* The slow paths of the host_lock mutex (lock.h): the classic three-state futex lock.
 *
 * state: 0 free, 1 held, 2 held and somebody may sleep on it. A contended acquirer spins briefly,
 * then marks the lock 2 and sleeps in FUTEX_WAIT until it takes the lock by exchanging in 2 (it cannot
 * know whether other sleepers remain, so it keeps the "waiters" mark). A releaser that sees 2 wakes
 * one sleeper. Uses the futex syscall directly so that this file depends on nothing else. */
#include <asm/unistd.h>
#include <linux/futex.h>
#include "lock.h"
#include "arch/x86_64/syscall.h"

/* Rounds of spinning before sleeping: short, a holder of an internal lock is usually quick. */
#define LOCK_SPINS 100

static void lock_futex_wait(_Atomic uint32_t *word, uint32_t expected)
{
	/* -EAGAIN (word changed), -EINTR, spurious wake-ups: the caller re-checks in every case. */
	host_syscall4(__NR_futex, (long)word, FUTEX_WAIT_PRIVATE, expected, 0);
}

static void lock_futex_wake_one(_Atomic uint32_t *word)
{
	host_syscall3(__NR_futex, (long)word, FUTEX_WAKE_PRIVATE, 1);
}

void host_lock_acquire_slow(struct host_lock *l)
{
	uint32_t c;
	for (int i = 0; i < LOCK_SPINS; i++) {
		c = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
		if (c == 0) {
			if (__atomic_compare_exchange_n(&l->state, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
				return;
		} else if (c == 2) {
			break; /* others already sleep: join them rather than burn the CPU */
		}
		host_arch_spin_pause();
	}
	/* Take the lock as 2 (we may leave sleepers behind us), or sleep until it is released. */
	while ((c = __atomic_exchange_n(&l->state, 2, __ATOMIC_ACQUIRE)) != 0)
		lock_futex_wait(&l->state, 2);
}

void host_lock_release_slow(struct host_lock *l)
{
	lock_futex_wake_one(&l->state);
}
