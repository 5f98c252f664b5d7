/* Symbol lookup: in one image (DT_GNU_HASH with its Bloom filter first, DT_HASH otherwise), honouring
 * symbol versions, and across the scope (the global scope in load order, then the requester's own
 * dependency tree for an image outside it). */
#include "ld.h"

#define OK_TYPES (1u << STT_NOTYPE | 1u << STT_OBJECT | 1u << STT_FUNC | 1u << STT_COMMON | 1u << STT_TLS | \
		  1u << STT_GNU_IFUNC)
#define OK_BINDS (1u << STB_GLOBAL | 1u << STB_WEAK | 1u << STB_GNU_UNIQUE)
#define LOCAL_SCOPE_MAX 1024

void ld_symreq_init(struct ld_symreq *r, const char *name)
{
	*r = (struct ld_symreq){.name = name, .gnu_hash = ld_gnu_hash(name)};
}

/* The name of version index ndx as o defines it (DT_VERDEF), or NULL. */
static const char *verdef_name(const struct ld_obj *o, uint16_t ndx)
{
	const char *v = (const char *)o->verdef;
	for (size_t i = 0; v && i < o->verdefnum; i++) {
		const Elf64_Verdef *d = (const Elf64_Verdef *)v;
		if (d->vd_ndx == ndx && d->vd_cnt) {
			const Elf64_Verdaux *a = (const Elf64_Verdaux *)(v + d->vd_aux);
			return o->strtab + a->vda_name;
		}
		if (!d->vd_next)
			break;
		v += d->vd_next;
	}
	return NULL;
}

/* Whether symbol i of o satisfies r's version rule: an unversioned reference takes the default
 * (non-hidden) version; a versioned one the version of that name, or an unversioned definition. */
static bool version_ok(const struct ld_obj *o, size_t i, const struct ld_symreq *r)
{
	if (!o->versym)
		return true;
	uint16_t v = o->versym[i];
	if (!r->version)
		return !(v & VERSYM_HIDDEN);
	uint16_t ndx = v & VERSYM_INDEX;
	if (ndx <= VER_NDX_GLOBAL)
		return true;
	const char *name = verdef_name(o, ndx);
	return name && !host_strcmp(name, r->version);
}

static bool sym_ok(const struct ld_obj *o, size_t i, const struct ld_symreq *r)
{
	const Elf64_Sym *s = &o->syms[i];
	if (s->st_shndx == SHN_UNDEF || !(OK_TYPES >> ELF64_ST_TYPE(s->st_info) & 1) ||
	    !(OK_BINDS >> ELF64_ST_BIND(s->st_info) & 1) || s->st_name >= o->strsz)
		return false;
	if (!s->st_value && ELF64_ST_TYPE(s->st_info) != STT_TLS && s->st_shndx != SHN_ABS)
		return false;
	return !host_strcmp(o->strtab + s->st_name, r->name) && version_ok(o, i, r);
}

static const Elf64_Sym *gnu_lookup(const struct ld_obj *o, const struct ld_symreq *r)
{
	const uint32_t *h = o->gnu_hash;
	uint32_t nbuckets = h[0], symoffset = h[1], bloom_size = h[2], shift = h[3];
	const uint64_t *bloom = (const uint64_t *)(h + 4);
	uint32_t hash = r->gnu_hash;
	uint64_t word = bloom[(hash / 64) & (bloom_size - 1)];
	uint64_t mask = (1ULL << (hash % 64)) | (1ULL << ((hash >> (shift & 63)) % 64));
	if ((word & mask) != mask)
		return NULL;
	const uint32_t *buckets = h + 4 + bloom_size * 2, *chains = buckets + nbuckets - symoffset;
	uint32_t i = buckets[hash % nbuckets];
	if (i < symoffset)
		return NULL;
	for (; i < o->nsyms; i++) {
		uint32_t ch = chains[i];
		if ((ch | 1) == (hash | 1) && sym_ok(o, i, r))
			return &o->syms[i];
		if (ch & 1)
			break;
	}
	return NULL;
}

static const Elf64_Sym *sysv_lookup(const struct ld_obj *o, struct ld_symreq *r)
{
	if (!r->have_sysv) {
		r->sysv_hash = ld_sysv_hash(r->name);
		r->have_sysv = true;
	}
	const uint32_t *h = o->hash;
	uint32_t nbucket = h[0], nchain = h[1];
	if (!nbucket)
		return NULL;
	const uint32_t *chain = h + 2 + nbucket;
	size_t steps = 0;
	for (uint32_t i = h[2 + r->sysv_hash % nbucket]; i && i < nchain && steps++ < nchain; i = chain[i])
		if (i < o->nsyms && sym_ok(o, i, r))
			return &o->syms[i];
	return NULL;
}

const Elf64_Sym *ld_lookup_in(struct ld_obj *o, struct ld_symreq *r)
{
	if (!o->syms)
		return NULL;
	if (o->gnu_hash)
		return gnu_lookup(o, r);
	if (o->hash)
		return sysv_lookup(o, r);
	return NULL;
}

static bool found(struct ld_symreq *r, struct ld_obj *o, const Elf64_Sym *s)
{
	r->sym = s;
	r->obj = o;
	return true;
}

/* Breadth-first over the requester's dependency tree (an image loaded outside the global scope). */
static bool lookup_local(struct ld_symreq *r, struct ld_obj *root)
{
	struct ld_obj *queue[LOCAL_SCOPE_MAX];
	size_t head = 0, tail = 0;
	bool hit = false;
	queue[tail++] = root;
	root->mark = true;
	while (head < tail && !hit) {
		struct ld_obj *o = queue[head++];
		const Elf64_Sym *s = ld_lookup_in(o, r);
		if (s) {
			hit = found(r, o, s);
			break;
		}
		for (size_t i = 0; i < o->ndeps && tail < LOCAL_SCOPE_MAX; i++)
			if (o->deps[i] && !o->deps[i]->mark) {
				o->deps[i]->mark = true;
				queue[tail++] = o->deps[i];
			}
	}
	for (size_t i = 0; i < tail; i++)
		queue[i]->mark = false;
	return hit;
}

bool ld_lookup(struct ld_symreq *r)
{
	for (struct ld_obj *o = ld.head; o; o = o->next) {
		if (!o->global || (r->skip_program && o->is_program))
			continue;
		const Elf64_Sym *s = ld_lookup_in(o, r);
		if (s)
			return found(r, o, s);
	}
	if (r->requester && !r->requester->global)
		return lookup_local(r, (struct ld_obj *)r->requester);
	return false;
}

uintptr_t ld_sym_value(const struct ld_obj *o, const Elf64_Sym *s)
{
	unsigned type = ELF64_ST_TYPE(s->st_info);
	if (type == STT_TLS)
		return s->st_value;
	if (s->st_shndx == SHN_ABS)
		return s->st_value;
	uintptr_t v = o->bias + s->st_value;
	if (type == STT_GNU_IFUNC)
		v = ((uintptr_t(*)(uint64_t))v)(host_boot.hwcap);
	return v;
}

struct ld_obj *ld_obj_by_addr(const void *addr)
{
	uintptr_t a = (uintptr_t)addr;
	for (struct ld_obj *o = ld.head; o; o = o->next)
		if (a >= o->start && a < o->end)
			return o;
	return NULL;
}
