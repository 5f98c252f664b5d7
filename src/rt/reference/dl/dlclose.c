/* dlclose: drop a reference; unload whatever no longer has a reason to stay (mark and sweep). */
#include "dl.h"

static struct {
	bool collecting; /* a collection is running (a destructor called dlclose) */
	bool again;      /* ... and should be repeated when it ends */
} gc;

/* Whether o must stay: referenced by dlopen, NODELETE, or part of the start-up set. */
static bool is_root(const struct ld_obj *o)
{
	return o->refcount > 0 || o->nodelete || o->is_program || o->is_runtime;
}

/* Marks the roots and everything they reach through dependencies and bindings. */
static void mark_live(void)
{
	for (struct ld_obj *o = ld.head; o; o = o->next)
		o->mark = is_root(o);
	bool changed = true;
	while (changed) {
		changed = false;
		for (struct ld_obj *o = ld.head; o; o = o->next) {
			if (!o->mark)
				continue;
			for (size_t i = 0; i < o->ndeps; i++)
				if (o->deps[i] && !o->deps[i]->mark)
					o->deps[i]->mark = changed = true;
			const struct dl_extra *e = o->dl_data;
			for (size_t i = 0; e && i < e->nbinds; i++)
				if (!e->binds[i]->mark)
					e->binds[i]->mark = changed = true;
		}
	}
}

static bool listed(struct ld_obj *const *v, size_t n, const struct ld_obj *o)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == o)
			return true;
	return false;
}

/* One collection: returns false if it could not allocate its list (nothing was unloaded). */
static bool collect_once(void)
{
	mark_live();
	size_t n = 0, cap = ld.count;
	struct ld_obj **v = ld_alloc(cap * sizeof *v);
	for (struct ld_obj *o = ld.head; o; o = o->next) {
		if (!o->mark && v && n < cap)
			v[n++] = o;
		o->mark = false;
	}
	if (!v) {
		ld_error_clear();
		return false;
	}
	/* Destructors, newest constructor first (they may call dl* functions: the marks are gone). */
	for (struct ld_obj *o = ld.init_last, *prev; o; o = prev) {
		prev = o->init_prev;
		if (listed(v, n, o))
			ld_run_fini(o);
	}
	if (n) {
		ld_dl_notify(LD_NOTIFY_DELETE);
		while (n--) {
			struct ld_obj *o = v[n];
			ld_debug("unload %s", o->path);
			dl_extra_free(o);
			ld_tls_unregister(o);
			ld_list_remove(o);
			ld_unmap_image(o);
		}
		ld_dl_notify(LD_NOTIFY_CONSISTENT);
	}
	ld_free(v, cap * sizeof *v);
	return true;
}

void dl_collect(void)
{
	if (gc.collecting) {
		gc.again = true;
		return;
	}
	gc.collecting = true;
	do {
		gc.again = false;
		if (!collect_once())
			break;
	} while (gc.again);
	gc.collecting = false;
}

RT_EXPORT int dlclose(void *handle)
{
	int r = 0;
	ld_lock();
	struct ld_obj *o = handle;
	if (!handle || !dl_is_loaded(handle)) {
		dl_set_error("dlclose: %p is not a handle from dlopen", handle);
		r = -1;
	} else if (o->is_program) {
		/* dlopen(NULL): nothing to drop */
	} else if (!o->refcount) {
		dl_set_error("%s: dlclose without a matching dlopen", o->path);
		r = -1;
	} else if (--o->refcount == 0 && !o->nodelete) {
		dl_collect();
	}
	ld_unlock();
	return r;
}
