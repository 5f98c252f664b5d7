/* newlib's retargetable locks (--enable-newlib-retargetable-locking) over the internal futex lock:
 * stdio streams, the atexit list, the environment, time zone state and friends. Recursive locks
 * remember their owner by TCB address. */
#include <stdlib.h>
#include <sys/lock.h>
#include "sysdeps.h"
#include "lowlock.h"

struct __lock {
	_Atomic(uint32_t) word;
	uint32_t count;
	uintptr_t owner;
};

/* The static locks newlib declares with __LOCK_INIT / __LOCK_INIT_RECURSIVE (zero: unlocked). */
struct __lock __lock___sinit_recursive_mutex;
struct __lock __lock___sfp_recursive_mutex;
struct __lock __lock___atexit_recursive_mutex;
struct __lock __lock___at_quick_exit_mutex;
struct __lock __lock___malloc_recursive_mutex;
struct __lock __lock___env_recursive_mutex;
struct __lock __lock___tz_mutex;
struct __lock __lock___dd_hash_mutex;
struct __lock __lock___arc4random_mutex;

void __retarget_lock_init(_LOCK_T *lock)
{
	*lock = calloc(1, sizeof(struct __lock));
}

void __retarget_lock_init_recursive(_LOCK_T *lock)
{
	*lock = calloc(1, sizeof(struct __lock));
}

/* Only dynamically created locks are freed; the static ones above are never passed here by newlib. */
void __retarget_lock_close(_LOCK_T lock)
{
	free(lock);
}

void __retarget_lock_close_recursive(_LOCK_T lock)
{
	free(lock);
}

/* A NULL lock (allocation failed at init) degrades to no locking rather than crashing. */
void __retarget_lock_acquire(_LOCK_T lock)
{
	if (lock)
		__twz_lowlock_acquire(&lock->word);
}

int __retarget_lock_try_acquire(_LOCK_T lock)
{
	return lock ? __twz_lowlock_try(&lock->word) : 1;
}

void __retarget_lock_release(_LOCK_T lock)
{
	if (lock)
		__twz_lowlock_release(&lock->word);
}

void __retarget_lock_acquire_recursive(_LOCK_T lock)
{
	if (!lock)
		return;
	uintptr_t self = __twz_tcb_self();
	if (__atomic_load_n(&lock->owner, __ATOMIC_RELAXED) == self) {
		lock->count++;
		return;
	}
	__twz_lowlock_acquire(&lock->word);
	__atomic_store_n(&lock->owner, self, __ATOMIC_RELAXED);
	lock->count = 1;
}

int __retarget_lock_try_acquire_recursive(_LOCK_T lock)
{
	if (!lock)
		return 1;
	uintptr_t self = __twz_tcb_self();
	if (__atomic_load_n(&lock->owner, __ATOMIC_RELAXED) == self) {
		lock->count++;
		return 1;
	}
	if (!__twz_lowlock_try(&lock->word))
		return 0;
	__atomic_store_n(&lock->owner, self, __ATOMIC_RELAXED);
	lock->count = 1;
	return 1;
}

void __retarget_lock_release_recursive(_LOCK_T lock)
{
	if (!lock)
		return;
	if (--lock->count == 0) {
		__atomic_store_n(&lock->owner, 0, __ATOMIC_RELAXED);
		__twz_lowlock_release(&lock->word);
	}
}
