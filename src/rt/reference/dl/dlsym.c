/* dlsym: a symbol's address in a handle's scope (the object and its dependencies), in the global scope
 * (RTLD_DEFAULT, dlopen(NULL)'s handle) or after the caller (RTLD_NEXT). */
#include "../../core/tls/tls.h"
#include "dl.h"

static bool lookup_scope(struct dl_extra *e, size_t from, struct ld_symreq *r)
{
	for (size_t i = from; i < e->nscope; i++) {
		const Elf64_Sym *s = ld_lookup_in(e->scope[i], r);
		if (s) {
			r->sym = s;
			r->obj = e->scope[i];
			return true;
		}
	}
	return false;
}

/* The definitions after the caller's object c: later global objects in load order, then (for an object
 * outside the global scope) the rest of its own scope. */
static bool lookup_next(struct ld_obj *c, struct ld_symreq *r)
{
	for (struct ld_obj *o = c->next; o; o = o->next) {
		if (!o->global)
			continue;
		const Elf64_Sym *s = ld_lookup_in(o, r);
		if (s) {
			r->sym = s;
			r->obj = o;
			return true;
		}
	}
	struct dl_extra *e = c->global ? NULL : dl_extra_of(c);
	return e && lookup_scope(e, 1, r);
}

static void *sym_locked(void *handle, const char *name, const void *caller)
{
	if (!name) {
		dl_set_error("dlsym: no symbol name");
		return NULL;
	}
	struct ld_symreq r;
	ld_symreq_init(&r, name);
	bool hit;
	const char *where;
	if (handle == RTLD_DEFAULT) {
		r.requester = ld_obj_by_addr(caller);
		hit = ld_lookup(&r);
		where = "the global scope";
	} else if (handle == RTLD_NEXT) {
		struct ld_obj *c = ld_obj_by_addr(caller);
		if (!c) {
			dl_set_error("dlsym: RTLD_NEXT used from code outside every loaded object");
			return NULL;
		}
		hit = lookup_next(c, &r);
		where = "the objects after the caller";
	} else if (!dl_is_loaded(handle)) {
		dl_set_error("dlsym: %p is not a handle from dlopen", handle);
		return NULL;
	} else if (((struct ld_obj *)handle)->is_program) {
		hit = ld_lookup(&r);
		where = "the global scope";
	} else {
		struct ld_obj *o = handle;
		struct dl_extra *e = dl_extra_of(o);
		if (!e) {
			dl_take_error();
			return NULL;
		}
		hit = lookup_scope(e, 0, &r);
		where = o->path;
	}
	if (!hit) {
		dl_symbol_error(name, where);
		return NULL;
	}
	if (ELF64_ST_TYPE(r.sym->st_info) == STT_TLS)
		return r.obj->tls_modid ? rt_tls_get_addr(r.obj->tls_modid, r.sym->st_value) : NULL;
	return (void *)ld_sym_value(r.obj, r.sym);
}

RT_EXPORT void *dlsym(void *restrict handle, const char *restrict name)
{
	const void *caller = __builtin_return_address(0);
	ld_lock();
	void *p = sym_locked(handle, name, caller);
	ld_unlock();
	return p;
}
