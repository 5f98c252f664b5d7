/* Spawning and joining threads (layout of a thread's mapping: thread.h). */
#include "thread.h"
#include "../tls/tls.h"
#include "../upcall/upcall.h"

/* First code of every spawned thread, on its new stack with its TCB installed. */
static void thread_main(void *arg)
{
	struct rt_thread *t = arg;
	rt_upcall_thread_init(t->altstack, t->altstack_len);
	t->start(t->arg);
	rt_thread_exit_self(0);
}

/* Maps and lays out a thread for stack_size bytes of stack; NULL when out of memory. */
static struct rt_thread *thread_alloc(size_t stack_size)
{
	size_t stack = HOST_ALIGN_UP(stack_size, HOST_PAGE_SIZE);
	size_t state = HOST_ALIGN_UP(sizeof(struct rt_thread) + rt_tls_area_size(), HOST_PAGE_SIZE);
	if (stack < stack_size || stack > SIZE_MAX / 2)
		return NULL;
	size_t map_len;
	char *map = host_stack_map(stack + state + RT_UPCALL_STACK_SIZE, &map_len);
	if (!map)
		return NULL;
	/* The host may round up; the alternate stack stays at the very top, the stack gets the rest. */
	char *top = map + map_len;
	struct rt_thread *t = (struct rt_thread *)(top - RT_UPCALL_STACK_SIZE - state);
	t->map = map;
	t->map_len = map_len;
	t->altstack = top - RT_UPCALL_STACK_SIZE;
	t->altstack_len = RT_UPCALL_STACK_SIZE;
	char *area = (char *)(t + 1);
	t->tcb = rt_tls_area_init(area, (size_t)((char *)t->altstack - area), true);
	t->tcb->thread = t;
	return t;
}

RT_EXPORT struct spawn_result twz_rt_spawn_thread(struct spawn_args args)
{
	struct spawn_result res = { 0, 0, NULL };
	if (args.stack_size == 0 || args.start == 0) {
		res.err = RT_ERR_INVALID_ARGUMENT;
		return res;
	}
	struct rt_thread *t = thread_alloc(args.stack_size);
	if (!t) {
		res.err = RT_ERR_OUT_OF_MEMORY;
		return res;
	}
	struct rt_tcb *self = rt_tcb_self();
	t->tcb->stack_guard = self->stack_guard;
	t->tcb->pointer_guard = self->pointer_guard;
	t->tcb->upcall_stack = t->altstack;
	t->start = (void (*)(size_t))args.start;
	t->arg = args.arg;

	rt_threads_lock();
	bool entered = rt_threads_insert_locked(t);
	rt_threads_unlock();
	if (!entered) {
		host_stack_unmap(t->map, t->map_len);
		res.err = RT_ERR_OUT_OF_RESOURCES;
		return res;
	}
	thread_id id = t->id; /* read before the thread may run (and be joined by someone else) */
	void *tcb = t->tcb;
	long r = host_thread_create((char *)t, tcb, thread_main, t, &t->tid);
	if (r < 0) {
		rt_threads_lock();
		rt_threads_remove_locked(t);
		rt_threads_unlock();
		host_stack_unmap(t->map, t->map_len);
		res.err = rt_error_from_errno(r);
		return res;
	}
	res.id = id;
	res.tcb = tcb;
	return res;
}

/* Waits until the kernel has cleared t->tid; false on timeout. */
static bool wait_gone(struct rt_thread *t, uint64_t timeout_ns)
{
	uint64_t deadline = 0;
	if (timeout_ns != UINT64_MAX) {
		deadline = host_clock_monotonic_ns() + timeout_ns;
		if (deadline < timeout_ns)
			timeout_ns = UINT64_MAX - 1;
	}
	for (;;) {
		uint32_t tid = __atomic_load_n(&t->tid, __ATOMIC_ACQUIRE);
		if (tid == 0)
			return true;
		uint64_t left = UINT64_MAX;
		if (timeout_ns != UINT64_MAX) {
			uint64_t now = host_clock_monotonic_ns();
			if (now >= deadline)
				return false;
			left = deadline - now;
		}
		host_futex_wait_shared(&t->tid, tid, left);
	}
}

RT_EXPORT twz_error twz_rt_join_thread(thread_id id, struct option_duration timeout)
{
	struct rt_thread *self = rt_thread_self();
	rt_threads_lock();
	struct rt_thread *t = rt_threads_lookup_locked(id);
	if (!t || t == self || t->joining) {
		rt_threads_unlock();
		return RT_ERR_BAD_HANDLE;
	}
	t->joining = true;
	rt_threads_unlock();

	bool gone = wait_gone(t, rt_timeout_ns(timeout));
	rt_threads_lock();
	if (gone)
		rt_threads_remove_locked(t);
	else
		t->joining = false;
	rt_threads_unlock();
	if (!gone)
		return RT_ERR_TIMED_OUT;
	host_stack_unmap(t->map, t->map_len);
	return 0;
}
