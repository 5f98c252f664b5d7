/* pthread_once: 0 not run, 1 running, 3 running with waiters, 2 done. */
#include "pthread_impl.h"

#define STATE(o) ((_Atomic(uint32_t) *)&(o)->__state)

int pthread_once(pthread_once_t *o, void (*init)(void))
{
	uint32_t s = __atomic_load_n(STATE(o), __ATOMIC_ACQUIRE);
	if (s == 2)
		return 0;
	for (;;) {
		s = 0;
		if (__atomic_compare_exchange_n(STATE(o), &s, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
			init();
			if (__atomic_exchange_n(STATE(o), 2, __ATOMIC_RELEASE) == 3)
				twz_rt_futex_wake(STATE(o), FUTEX_WAKE_ALL);
			return 0;
		}
		if (s == 2)
			return 0;
		if (s == 1 && !__atomic_compare_exchange_n(STATE(o), &s, 3, 0, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
			continue;
		twz_rt_futex_wait(STATE(o), 3, NO_DURATION);
	}
}
