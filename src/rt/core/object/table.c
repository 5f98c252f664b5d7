/* The handle cache: every mapping record, found by (id, flags) for twz_rt_map_object and by slot for
 * address lookups, plus the queue of inactive (count 0, still mapped) records. One lock guards it all;
 * a cache hit is a hash probe and an increment under it, with no system call. */
#include "object.h"
#include <linux/mman.h>

#define BUCKET_BITS 10
#define NBUCKETS (1u << BUCKET_BITS)

struct rt_borrowed {
	objid id;
	map_flags flags;
};

static struct {
	struct host_lock lock;
	struct rt_obj *buckets[NBUCKETS]; /* chains of cached records; all flags of one id share a chain */
	struct rt_obj **by_slot;	  /* slot index -> record, for every record */
	struct rt_borrowed *borrowed;	  /* slot index -> object mapped there by another concern */
	size_t nslots;
	uintptr_t arena;
	struct rt_obj *qhead, *qtail; /* inactive queue, oldest at the head */
	size_t qlen;
} tab;

static inline unsigned bucket_of(objid id)
{
	uint64_t h = ((uint64_t)(id >> 64) ^ (uint64_t)id) * 0x9e3779b97f4a7c15ull;
	return (unsigned)(h >> (64 - BUCKET_BITS));
}

void rt_objs_lock(void)
{
	host_lock_acquire(&tab.lock);
}

void rt_objs_unlock(void)
{
	host_lock_release(&tab.lock);
}

/* Sets up the by-slot table once the arena exists. Lock held. */
static bool by_slot_ready_locked(void)
{
	if (host_likely(tab.by_slot != NULL))
		return true;
	if (host_slots_init(0) < 0)
		return false;
	size_t n = host_slots_count();
	size_t objs_len = HOST_ALIGN_UP(n * sizeof(struct rt_obj *), 16);
	size_t len = HOST_ALIGN_UP(objs_len + n * sizeof(struct rt_borrowed), HOST_PAGE_SIZE);
	char *p = host_mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (host_is_err((long)p))
		return false;
	tab.arena = host_slots_arena_start();
	tab.nslots = n;
	tab.borrowed = (struct rt_borrowed *)(p + objs_len);
	tab.by_slot = (struct rt_obj **)p;
	return true;
}

static inline size_t slot_index(const void *p, bool *ok)
{
	uintptr_t off = (uintptr_t)p - tab.arena;
	size_t i = off >> HOST_SLOT_SHIFT;
	*ok = tab.by_slot && off < (uintptr_t)tab.nslots << HOST_SLOT_SHIFT;
	return i;
}

void rt_objs_note_borrowed(void *slot, objid id, map_flags flags)
{
	bool ok = false;
	size_t i = 0;
	rt_objs_lock();
	if (by_slot_ready_locked())
		i = slot_index(slot, &ok);
	if (ok)
		tab.borrowed[i] = (struct rt_borrowed){id, flags};
	rt_objs_unlock();
}

bool rt_objs_borrowed_at_locked(const void *p, objid *id, map_flags *flags)
{
	bool ok;
	size_t i = slot_index(p, &ok);
	if (!ok || tab.borrowed[i].id == 0)
		return false;
	*id = tab.borrowed[i].id;
	*flags = tab.borrowed[i].flags;
	return true;
}

struct rt_obj *rt_objs_find_locked(objid id, map_flags flags)
{
	for (struct rt_obj *o = tab.buckets[bucket_of(id)]; o; o = o->hnext)
		if (o->id == id && o->flags == flags)
			return o;
	return NULL;
}

struct rt_obj *rt_objs_at_locked(const void *p)
{
	bool ok;
	size_t i = slot_index(p, &ok);
	return ok ? tab.by_slot[i] : NULL;
}

static void dequeue_locked(struct rt_obj *o)
{
	if (o->qprev)
		o->qprev->qnext = o->qnext;
	else
		tab.qhead = o->qnext;
	if (o->qnext)
		o->qnext->qprev = o->qprev;
	else
		tab.qtail = o->qprev;
	o->qprev = o->qnext = NULL;
	o->queued = false;
	tab.qlen--;
}

static void enqueue_locked(struct rt_obj *o)
{
	o->qnext = NULL;
	o->qprev = tab.qtail;
	if (tab.qtail)
		tab.qtail->qnext = o;
	else
		tab.qhead = o;
	tab.qtail = o;
	o->queued = true;
	tab.qlen++;
}

static void uncache_locked(struct rt_obj *o)
{
	if (!o->cached)
		return;
	for (struct rt_obj **pp = &tab.buckets[bucket_of(o->id)]; *pp; pp = &(*pp)->hnext) {
		if (*pp == o) {
			*pp = o->hnext;
			break;
		}
	}
	o->hnext = NULL;
	o->cached = false;
}

/* Takes o out of every table; the caller destroys it after unlocking. */
static void remove_locked(struct rt_obj *o)
{
	bool ok;
	size_t i = slot_index(o->slot, &ok);
	if (ok && tab.by_slot[i] == o)
		tab.by_slot[i] = NULL;
	uncache_locked(o);
	if (o->queued)
		dequeue_locked(o);
}

void rt_objs_ref_locked(struct rt_obj *o)
{
	uint64_t old = atomic_fetch_add_explicit(&o->refs, 1, memory_order_relaxed);
	if (old == 0 && o->queued)
		dequeue_locked(o);
}

struct rt_obj *rt_objs_publish(struct rt_obj *o)
{
	struct rt_obj *r = o;
	rt_objs_lock();
	if (!by_slot_ready_locked()) {
		r = NULL;
		goto out;
	}
	if (o->cached) {
		struct rt_obj *old = rt_objs_find_locked(o->id, o->flags);
		if (old) {
			rt_objs_ref_locked(old);
			r = old;
			goto out;
		}
		unsigned b = bucket_of(o->id);
		o->hnext = tab.buckets[b];
		tab.buckets[b] = o;
	}
	bool ok;
	size_t i = slot_index(o->slot, &ok);
	if (ok)
		tab.by_slot[i] = o;
out:
	rt_objs_unlock();
	return r;
}

struct rt_obj *rt_objs_of_handle(const struct object_handle *h)
{
	if (!h || !h->runtime_info)
		return NULL;
	rt_objs_lock();
	struct rt_obj *o = rt_objs_at_locked(h->start);
	if (o != h->runtime_info || o->id != h->id)
		o = NULL;
	rt_objs_unlock();
	return o;
}

void rt_objs_release(const struct object_handle *h, release_flags flags)
{
	struct rt_obj *o = h->runtime_info, *victim = NULL;
	rt_objs_lock();
	/* Not ours, stale (already destroyed: o is not dereferenced then), or revived by a cache hit since
	 * its count reached 0: nothing to do. */
	if (!o || rt_objs_at_locked(h->start) != o ||
	    atomic_load_explicit(&o->refs, memory_order_acquire) != 0 || o->queued) {
		rt_objs_unlock();
		return;
	}
	if ((flags & RELEASE_NO_CACHE) || o->deleted || !o->cached) {
		remove_locked(o);
		victim = o;
	} else {
		enqueue_locked(o);
		if (tab.qlen > RT_OBJ_INACTIVE_MAX) {
			victim = tab.qhead;
			remove_locked(victim);
		}
	}
	rt_objs_unlock();
	if (victim)
		rt_obj_destroy(victim);
}

bool rt_objs_evict_one(void)
{
	rt_objs_lock();
	struct rt_obj *victim = tab.qhead;
	if (victim)
		remove_locked(victim);
	rt_objs_unlock();
	if (victim)
		rt_obj_destroy(victim);
	return victim != NULL;
}

void rt_objs_forget(objid id)
{
	struct rt_obj *dead = NULL; /* chained through qnext once out of the tables */
	rt_objs_lock();
	struct rt_obj **pp = &tab.buckets[bucket_of(id)];
	while (*pp) {
		struct rt_obj *o = *pp;
		if (o->id != id) {
			pp = &o->hnext;
			continue;
		}
		o->deleted = true;
		if (o->queued) {
			remove_locked(o); /* unlinks *pp */
			o->qnext = dead;
			dead = o;
		} else {
			uncache_locked(o);
		}
	}
	rt_objs_unlock();
	while (dead) {
		struct rt_obj *next = dead->qnext;
		dead->qnext = NULL;
		rt_obj_destroy(dead);
		dead = next;
	}
}
