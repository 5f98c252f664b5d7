/* The loader lock: recursive, so that a dl_iterate_phdr callback or a constructor may call dlopen. */
#include "ld.h"

static struct {
	struct host_lock lock;
	_Atomic(struct rt_tcb *) owner;
	size_t depth;
} ldl;

void ld_lock(void)
{
	struct rt_tcb *self = rt_tcb_self();
	if (__atomic_load_n(&ldl.owner, __ATOMIC_RELAXED) == self) {
		ldl.depth++;
		return;
	}
	host_lock_acquire(&ldl.lock);
	__atomic_store_n(&ldl.owner, self, __ATOMIC_RELAXED);
	ldl.depth = 1;
}

void ld_unlock(void)
{
	if (--ldl.depth)
		return;
	__atomic_store_n(&ldl.owner, NULL, __ATOMIC_RELAXED);
	host_lock_release(&ldl.lock);
}
