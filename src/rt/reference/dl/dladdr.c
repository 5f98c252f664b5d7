/* dladdr: which object, and which of its exported symbols, an address belongs to. */
#include "dl.h"

#define NAMED_TYPES (1u << STT_NOTYPE | 1u << STT_OBJECT | 1u << STT_FUNC | 1u << STT_COMMON)

/* The dynamic symbol of o whose extent holds a (or that starts exactly at a, if it has no size); the
 * highest-addressed one when several do. NULL if none. */
static const Elf64_Sym *symbol_at(const struct ld_obj *o, uintptr_t a)
{
	const Elf64_Sym *best = NULL;
	for (size_t i = 1; o->syms && i < o->nsyms; i++) {
		const Elf64_Sym *s = &o->syms[i];
		if (s->st_shndx == SHN_UNDEF || s->st_shndx == SHN_ABS || s->st_name >= o->strsz ||
		    !(NAMED_TYPES >> ELF64_ST_TYPE(s->st_info) & 1))
			continue;
		uintptr_t v = o->bias + s->st_value;
		if (a < v || (s->st_size ? a - v >= s->st_size : a != v))
			continue;
		if (!best || s->st_value > best->st_value)
			best = s;
	}
	return best;
}

RT_EXPORT int dladdr(const void *addr, Dl_info *info)
{
	if (!info)
		return 0;
	ld_lock();
	const struct ld_obj *o = ld_obj_by_addr(addr);
	if (o) {
		const Elf64_Sym *s = symbol_at(o, (uintptr_t)addr);
		*info = (Dl_info){
		    .dli_fname = o->path,
		    .dli_fbase = (void *)o->start,
		    .dli_sname = s ? o->strtab + s->st_name : NULL,
		    .dli_saddr = s ? (void *)(o->bias + s->st_value) : NULL,
		};
	}
	ld_unlock();
	return o != NULL;
}
