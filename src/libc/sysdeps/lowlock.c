/* The slow path of the internal futex lock (lowlock.h). */
#include "lowlock.h"

void __twz_lowlock_wait(_Atomic(uint32_t) *w)
{
	for (int i = 0; i < 100; i++) {
		if (__atomic_load_n(w, __ATOMIC_RELAXED) == 0 && __twz_lowlock_try(w))
			return;
		__builtin_ia32_pause();
	}
	/* From here on the word says "contended" whenever we hold it, so the releaser wakes someone. */
	while (__atomic_exchange_n(w, 2, __ATOMIC_ACQUIRE) != 0)
		twz_rt_futex_wait(w, 2, NO_DURATION);
}
