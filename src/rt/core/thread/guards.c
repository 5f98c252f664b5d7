/* The main thread's stack-protector and pointer guards, from the kernel's AT_RANDOM bytes. */
#include "thread.h"

void rt_thread_init_guards(struct rt_tcb *tcb)
{
	const uint8_t *r = host_boot.random;
	uintptr_t guard = 0, ptr_guard = 0;
	if (r) {
		memcpy(&guard, r, sizeof guard);
		memcpy(&ptr_guard, r + 8, sizeof ptr_guard);
	}
	/* Low byte zeroed, so a string overread stops at the canary. */
	tcb->stack_guard = guard & ~(uintptr_t)0xff;
	tcb->pointer_guard = ptr_guard;
}
