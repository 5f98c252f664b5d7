/* Lookup scopes of dlopen'ed objects, promotion to the global scope, and the bindings that keep other
 * objects alive. */
#include "dl.h"

bool dl_is_loaded(const void *h)
{
	for (struct ld_obj *o = ld.head; o; o = o->next)
		if (o == h)
			return true;
	return false;
}

/* Fills e->scope: o, then its dependencies breadth-first, each once. Returns 0 or -1 after ld_error. */
static int build_scope(struct ld_obj *o, struct dl_extra *e)
{
	size_t cap = ld.count;
	struct ld_obj **q = ld_alloc(cap * sizeof *q);
	if (!q)
		return -1;
	size_t n = 0;
	q[n++] = o;
	o->mark = true;
	for (size_t head = 0; head < n; head++)
		for (size_t i = 0; i < q[head]->ndeps; i++) {
			struct ld_obj *d = q[head]->deps[i];
			if (d && !d->mark && n < cap) {
				d->mark = true;
				q[n++] = d;
			}
		}
	for (size_t i = 0; i < n; i++)
		q[i]->mark = false;
	e->scope = q;
	e->nscope = n;
	e->scope_cap = cap;
	return 0;
}

struct dl_extra *dl_extra_of(struct ld_obj *o)
{
	if (o->dl_data)
		return o->dl_data;
	struct dl_extra *e = ld_alloc(sizeof *e);
	if (!e)
		return NULL;
	if (build_scope(o, e) < 0) {
		ld_free(e, sizeof *e);
		return NULL;
	}
	o->dl_data = e;
	return e;
}

void dl_extra_free(struct ld_obj *o)
{
	struct dl_extra *e = o->dl_data;
	if (!e)
		return;
	ld_free(e->scope, e->scope_cap * sizeof *e->scope);
	ld_free(e->binds, e->binds_cap * sizeof *e->binds);
	ld_free(e, sizeof *e);
	o->dl_data = NULL;
}

void dl_make_global(struct ld_obj *o)
{
	struct dl_extra *e = dl_extra_of(o);
	if (!e) {
		o->global = true; /* out of memory for the scope: at least the object itself */
		return;
	}
	for (size_t i = 0; i < e->nscope; i++)
		e->scope[i]->global = true;
}

static bool in_list(struct ld_obj *const *list, size_t n, const struct ld_obj *o)
{
	for (size_t i = 0; i < n; i++)
		if (list[i] == o)
			return true;
	return false;
}

/* Adds target to e->binds (once). Returns 0 or -1 after ld_error. */
static int add_bind(struct dl_extra *e, struct ld_obj *target)
{
	if (in_list(e->binds, e->nbinds, target))
		return 0;
	if (e->nbinds == e->binds_cap) {
		size_t cap = e->binds_cap ? e->binds_cap * 2 : 4;
		struct ld_obj **b = ld_alloc(cap * sizeof *b);
		if (!b)
			return -1;
		if (e->nbinds)
			memcpy(b, e->binds, e->nbinds * sizeof *b);
		ld_free(e->binds, e->binds_cap * sizeof *b);
		e->binds = b;
		e->binds_cap = cap;
	}
	e->binds[e->nbinds++] = target;
	return 0;
}

/* Walks one relocation table of o (RELA-format entries) and records its bindings outside e's scope. */
static int scan_table(struct ld_obj *o, struct dl_extra *e, unsigned tag, unsigned size_tag)
{
	if (!(o->dyn_mask >> tag & 1) || !(o->dyn_mask >> size_tag & 1))
		return 0;
	const Elf64_Rela *r = (const Elf64_Rela *)(o->bias + o->dyn[tag]);
	size_t n = o->dyn[size_tag] / sizeof *r;
	struct ld_reloc_sym cache = {0};
	for (size_t i = 0; i < n; i++) {
		size_t symidx = ELF64_R_SYM(r[i].r_info);
		if (!symidx || ld_reloc_symbol(o, symidx, &cache) < 0 || !cache.obj)
			continue;
		struct ld_obj *t = cache.obj;
		if (t != o && !t->nodelete && !in_list(e->scope, e->nscope, t) && add_bind(e, t) < 0)
			return -1;
	}
	return 0;
}

int dl_record_binds(struct ld_obj *first)
{
	/* Only objects that dlopen made global can be bound to from outside their users' scopes and still
	 * be unloaded later; without any, there is nothing to record. */
	bool any = false;
	for (struct ld_obj *o = ld.head; o && !any; o = o->next)
		any = o->global && !o->nodelete;
	for (struct ld_obj *o = first; o; o = o->next) {
		struct dl_extra *e = dl_extra_of(o);
		if (!e)
			return -1;
		if (any && (scan_table(o, e, DT_RELA, DT_RELASZ) < 0 || scan_table(o, e, DT_JMPREL, DT_PLTRELSZ) < 0))
			return -1;
	}
	return 0;
}
