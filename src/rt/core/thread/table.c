/* The thread id table: id -> record, lowest free id first, grown by doubling. The main thread (id 1)
 * lives outside the table so that start-up allocates nothing. */
#include "thread.h"
#include <linux/mman.h>

#define TABLE_MAX_IDS (1u << 24) /* far more threads than Linux will give one process */

static struct {
	struct host_lock lock;
	struct rt_thread **slots; /* slots[id] for 2 <= id < cap */
	uint32_t cap;
	uint32_t lowest_free; /* no free id below this one (>= 2) */
	struct rt_thread main;
} threads = {.lowest_free = 2};

void rt_thread_init_main(struct rt_tcb *tcb)
{
	threads.main.id = RT_THREAD_MAIN_ID;
	threads.main.tid = 1; /* never cleared: the main thread ends only with the process */
	threads.main.tcb = tcb;
	tcb->thread = &threads.main;
}

void rt_threads_lock(void)
{
	host_lock_acquire(&threads.lock);
}

void rt_threads_unlock(void)
{
	host_lock_release(&threads.lock);
}

struct rt_thread *rt_threads_lookup_locked(thread_id id)
{
	if (id == RT_THREAD_MAIN_ID)
		return threads.main.tcb ? &threads.main : NULL;
	if (id < 2 || id >= threads.cap || !threads.slots[id] || threads.slots[id]->starting)
		return NULL;
	return threads.slots[id];
}

struct rt_thread *rt_threads_by_tcb_locked(const void *tcb)
{
	if (tcb == threads.main.tcb)
		return &threads.main;
	for (uint32_t id = 2; id < threads.cap; id++)
		if (threads.slots[id] && threads.slots[id]->tcb == tcb && !threads.slots[id]->starting)
			return threads.slots[id];
	return NULL;
}

/* Doubles the table (the first time: one page). */
static bool grow(void)
{
	size_t cap = threads.cap ? (size_t)threads.cap * 2 : HOST_PAGE_SIZE / sizeof(void *);
	if (cap > TABLE_MAX_IDS)
		return false;
	struct rt_thread **slots =
	    host_mmap(NULL, cap * sizeof *slots, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (host_is_err((long)slots))
		return false;
	if (threads.slots) {
		memcpy(slots, threads.slots, threads.cap * sizeof *slots);
		host_munmap(threads.slots, threads.cap * sizeof *slots);
	}
	threads.slots = slots;
	threads.cap = (uint32_t)cap;
	return true;
}

bool rt_threads_insert_locked(struct rt_thread *t)
{
	uint32_t id = threads.lowest_free;
	while (id < threads.cap && threads.slots[id])
		id++;
	if (id >= threads.cap && !grow())
		return false;
	threads.slots[id] = t;
	threads.lowest_free = id + 1;
	t->id = id;
	return true;
}

void rt_threads_remove_locked(struct rt_thread *t)
{
	if (t->id < 2 || t->id >= threads.cap || threads.slots[t->id] != t)
		return;
	threads.slots[t->id] = NULL;
	if (t->id < threads.lowest_free)
		threads.lowest_free = t->id;
}
