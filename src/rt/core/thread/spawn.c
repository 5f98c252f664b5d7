/* Spawning and joining threads (layout of a thread's mapping: thread.h). */
#include "../tls/tls.h"
#include "../upcall/upcall.h"
#include "thread.h"

/* First code of every spawned thread, on its new stack with its TCB installed. */
static void thread_main(void *arg)
{
	struct rt_thread *t = arg;
	rt_upcall_thread_init(t->altstack, t->altstack_len);
	t->start(t->arg);
	rt_thread_exit_self(0);
}

/* Mappings of joined threads kept for reuse: unmapping costs a TLB shootdown on every CPU the process ran
 * on, and a fresh mapping costs page faults; reuse costs neither. Bounded in count and bytes. */
#define CACHE_MAX 16
#define CACHE_MAX_BYTES (64UL << 20)

static struct {
	struct host_lock lock;
	size_t n, bytes;
	struct {
		void *map;
		size_t len;
	} e[CACHE_MAX];
} cache;

/* A cached mapping of exactly len bytes, or NULL. */
static void *cache_take(size_t len)
{
	void *map = NULL;
	host_lock_acquire(&cache.lock);
	for (size_t i = cache.n; i-- > 0;) {
		if (cache.e[i].len == len) {
			map = cache.e[i].map;
			cache.e[i] = cache.e[--cache.n];
			cache.bytes -= len;
			break;
		}
	}
	host_lock_release(&cache.lock);
	return map;
}

/* Keeps a joined thread's mapping for reuse, or unmaps it when the cache is full. */
static void cache_put(void *map, size_t len)
{
	host_lock_acquire(&cache.lock);
	bool kept = cache.n < CACHE_MAX && len <= CACHE_MAX_BYTES - cache.bytes;
	if (kept) {
		cache.e[cache.n].map = map;
		cache.e[cache.n++].len = len;
		cache.bytes += len;
	}
	host_lock_release(&cache.lock);
	if (!kept)
		host_stack_unmap(map, len);
}

/* Maps (or reuses) and lays out a thread for stack_size bytes of stack; NULL when out of memory. */
static struct rt_thread *thread_alloc(size_t stack_size)
{
	size_t stack = HOST_ALIGN_UP(stack_size, HOST_PAGE_SIZE);
	size_t state = HOST_ALIGN_UP(sizeof(struct rt_thread) + rt_tls_area_size(), HOST_PAGE_SIZE);
	if (stack < stack_size || stack > SIZE_MAX / 2)
		return NULL;
	size_t want = stack + state + RT_UPCALL_STACK_SIZE;
	size_t map_len = want + HOST_PAGE_SIZE; /* host_stack_map adds the guard page */
	char *map = cache_take(map_len);
	bool fresh = !map;
	if (fresh && !(map = host_stack_map(want, &map_len)))
		return NULL;
	/* The alternate stack stays at the very top, the stack gets the rest. */
	char *top = map + map_len;
	struct rt_thread *t = (struct rt_thread *)(top - RT_UPCALL_STACK_SIZE - state);
	if (!fresh)
		memset(t, 0, sizeof *t);
	t->map = map;
	t->map_len = map_len;
	t->altstack = top - RT_UPCALL_STACK_SIZE;
	t->altstack_len = RT_UPCALL_STACK_SIZE;
	char *area = (char *)(t + 1);
	t->tcb = rt_tls_area_init(area, (size_t)((char *)t->altstack - area), fresh);
	t->tcb->thread = t;
	return t;
}

RT_EXPORT struct spawn_result twz_rt_spawn_thread(struct spawn_args args)
{
	struct spawn_result res = {0, 0, NULL};
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

	t->starting = true; /* invisible to join until the kernel thread exists and its tid word is set */
	rt_threads_lock();
	bool entered = rt_threads_insert_locked(t);
	rt_threads_unlock();
	if (!entered) {
		cache_put(t->map, t->map_len);
		res.err = RT_ERR_OUT_OF_RESOURCES;
		return res;
	}
	thread_id id = t->id;
	void *tcb = t->tcb;
	long r = host_thread_create((char *)t, tcb, thread_main, t, &t->tid);
	if (r < 0) {
		rt_threads_lock();
		rt_threads_remove_locked(t);
		rt_threads_unlock();
		cache_put(t->map, t->map_len);
		res.err = rt_error_from_errno(r);
		return res;
	}
	rt_threads_lock();
	t->starting = false;
	rt_threads_unlock();
	res.id = id;
	res.tcb = tcb;
	return res;
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

	bool gone = host_thread_join(&t->tid, rt_timeout_ns(timeout)) == 0;
	rt_threads_lock();
	if (gone)
		rt_threads_remove_locked(t);
	else
		t->joining = false;
	rt_threads_unlock();
	if (!gone)
		return RT_ERR_TIMED_OUT;
	cache_put(t->map, t->map_len);
	return 0;
}
