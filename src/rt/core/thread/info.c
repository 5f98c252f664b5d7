/* Thread facts and names. */
#include "thread.h"

RT_EXPORT struct thread_info twz_rt_get_thread_info(thread_id id)
{
	struct thread_info info = {id, NULL, 0};
	if (id == TWZ_RT_THREAD_ID_SELF) {
		struct rt_thread *self = rt_thread_self();
		info.id = self->id;
		info.tcb = self->tcb;
		return info;
	}
	rt_threads_lock();
	struct rt_thread *t = rt_threads_lookup_locked(id);
	if (t)
		info.tcb = t->tcb;
	rt_threads_unlock();
	/* objid stays 0: no object represents a Linux thread. */
	return info;
}

/* Keeps a copy of name (truncated to RT_THREAD_NAME_MAX - 1 bytes) and names the kernel thread too. */
RT_EXPORT void twz_rt_set_name(const char *name)
{
	if (!name)
		return;
	struct rt_thread *self = rt_thread_self();
	size_t n = host_strnlen(name, RT_THREAD_NAME_MAX - 1);
	rt_threads_lock();
	memcpy(self->name, name, n);
	self->name[n] = 0;
	self->name_len = n + 1;
	rt_threads_unlock();
	host_thread_set_kernel_name(self->name);
}

/* tcb NULL selects the caller. A thread never named gives *len = 0 and leaves name alone; an unknown tcb
 * zero-fills name and gives *len = 0 (upstream's behaviour for an unknown thread). */
RT_EXPORT void twz_rt_get_name(const void *tcb, char *name, size_t *len)
{
	if (!len)
		return;
	size_t cap = name ? *len : 0;
	rt_threads_lock();
	struct rt_thread *t = tcb ? rt_threads_by_tcb_locked(tcb) : rt_thread_self();
	if (!t) {
		rt_threads_unlock();
		memset(name, 0, cap);
		*len = 0;
		return;
	}
	size_t n = t->name_len;
	if (n > cap)
		n = cap;
	if (n) {
		memcpy(name, t->name, n - 1);
		name[n - 1] = 0;
	}
	rt_threads_unlock();
	*len = n;
}
