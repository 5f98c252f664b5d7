/* decode_dyn: the dynamic section into an array indexed by DT_* (with a presence mask), then every table
 * it points at checked to lie inside the image, so later code indexes them without further checks beyond
 * a symbol index against nsyms and a string offset against strsz. */
#include "ld.h"

#define TABLE_MAX (1u << 26) /* entries in a hash table: more is an absurd count */

static bool has(const struct ld_obj *o, unsigned tag)
{
	return tag < 64 && (o->dyn_mask >> tag & 1);
}

static const void *at(const struct ld_obj *o, uint64_t vaddr)
{
	return (const void *)(o->bias + vaddr);
}

/* A table at dyn[ptr_tag] of dyn[size_tag] bytes in entries of entsize, inside the image. */
static int check_table(struct ld_obj *o, unsigned ptr_tag, unsigned size_tag, unsigned ent_tag, size_t entsize,
		       const char *what)
{
	if (!has(o, ptr_tag))
		return 0;
	uint64_t size = has(o, size_tag) ? o->dyn[size_tag] : 0;
	if (ent_tag && has(o, ent_tag) && o->dyn[ent_tag] != entsize)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: bad %s entry size %llu", o->path, what,
				(unsigned long long)o->dyn[ent_tag]);
	if (size % entsize || (size && !ld_in_image(o, o->dyn[ptr_tag], size)))
		return ld_error(LD_EXIT_NOT_FOUND, "%s: %s table outside the image", o->path, what);
	return 0;
}

/* nsyms from DT_GNU_HASH: the highest symbol index any chain reaches, plus one. */
static int gnu_nsyms(struct ld_obj *o, uint64_t vaddr)
{
	if (!ld_in_image(o, vaddr, 16))
		return ld_error(LD_EXIT_NOT_FOUND, "%s: GNU hash table outside the image", o->path);
	const uint32_t *h = at(o, vaddr);
	uint32_t nbuckets = h[0], symoffset = h[1], bloom_size = h[2];
	if (!nbuckets || nbuckets > TABLE_MAX || bloom_size > TABLE_MAX || (bloom_size & (bloom_size - 1)) || !bloom_size ||
	    !ld_in_image(o, vaddr, 16 + (uint64_t)bloom_size * 8 + (uint64_t)nbuckets * 4))
		return ld_error(LD_EXIT_NOT_FOUND, "%s: malformed GNU hash table", o->path);
	const uint32_t *buckets = h + 4 + bloom_size * 2;
	uint32_t max = 0;
	for (uint32_t i = 0; i < nbuckets; i++)
		if (buckets[i] > max)
			max = buckets[i];
	uint64_t chains = vaddr + 16 + (uint64_t)bloom_size * 8 + (uint64_t)nbuckets * 4;
	if (max < symoffset) {
		o->nsyms = symoffset;
		return 0;
	}
	for (uint64_t i = max;; i++) {
		if (i - symoffset > TABLE_MAX || !ld_in_image(o, chains + (i - symoffset) * 4, 4))
			return ld_error(LD_EXIT_NOT_FOUND, "%s: GNU hash chain runs outside the image", o->path);
		if (((const uint32_t *)at(o, chains))[i - symoffset] & 1) {
			o->nsyms = i + 1;
			return 0;
		}
	}
}

static int decode_tables(struct ld_obj *o)
{
	if (!has(o, DT_STRTAB) || !has(o, DT_STRSZ) || !o->dyn[DT_STRSZ] ||
	    !ld_in_image(o, o->dyn[DT_STRTAB], o->dyn[DT_STRSZ]))
		return ld_error(LD_EXIT_NOT_FOUND, "%s: string table missing or outside the image", o->path);
	o->strtab = at(o, o->dyn[DT_STRTAB]);
	o->strsz = o->dyn[DT_STRSZ];
	if (o->strtab[o->strsz - 1])
		return ld_error(LD_EXIT_NOT_FOUND, "%s: string table not terminated", o->path);
	if (has(o, DT_SYMENT) && o->dyn[DT_SYMENT] != sizeof(Elf64_Sym))
		return ld_error(LD_EXIT_NOT_FOUND, "%s: bad symbol entry size", o->path);
	if (o->gnu_hash) {
		if (gnu_nsyms(o, (uintptr_t)o->gnu_hash) < 0)
			return -1;
		o->gnu_hash = at(o, (uintptr_t)o->gnu_hash);
	}
	if (has(o, DT_HASH)) {
		if (!ld_in_image(o, o->dyn[DT_HASH], 8))
			return ld_error(LD_EXIT_NOT_FOUND, "%s: hash table outside the image", o->path);
		const uint32_t *h = at(o, o->dyn[DT_HASH]);
		if (!h[0] || h[0] > TABLE_MAX || h[1] > TABLE_MAX ||
		    !ld_in_image(o, o->dyn[DT_HASH], 8 + 4 * ((uint64_t)h[0] + h[1])))
			return ld_error(LD_EXIT_NOT_FOUND, "%s: malformed hash table", o->path);
		o->hash = h;
		if (!o->gnu_hash)
			o->nsyms = h[1];
	}
	/* Undefined symbols lie below the GNU hash's symoffset and may be beyond what it reaches: bound the
	 * table by what follows it (.dynstr, in every linker's layout) when that is larger. */
	if (has(o, DT_SYMTAB) && !o->hash && o->dyn[DT_STRTAB] > o->dyn[DT_SYMTAB]) {
		uint64_t n = (o->dyn[DT_STRTAB] - o->dyn[DT_SYMTAB]) / sizeof(Elf64_Sym);
		if (n > o->nsyms && n <= TABLE_MAX && ld_in_image(o, o->dyn[DT_SYMTAB], n * sizeof(Elf64_Sym)))
			o->nsyms = n;
	}
	if (o->nsyms) {
		if (!has(o, DT_SYMTAB) || !ld_in_image(o, o->dyn[DT_SYMTAB], o->nsyms * sizeof(Elf64_Sym)))
			return ld_error(LD_EXIT_NOT_FOUND, "%s: symbol table missing or outside the image", o->path);
		o->syms = at(o, o->dyn[DT_SYMTAB]);
	}
	if (o->versym) {
		if (!ld_in_image(o, (uintptr_t)o->versym, o->nsyms * 2))
			return ld_error(LD_EXIT_NOT_FOUND, "%s: symbol version table outside the image", o->path);
		o->versym = at(o, (uintptr_t)o->versym);
	}
	return 0;
}

/* Walks a verdef or verneed chain: every record and its aux records inside the image. */
static int check_versions(struct ld_obj *o, bool def)
{
	uintptr_t v = (uintptr_t)(def ? (const void *)o->verdef : (const void *)o->verneed);
	size_t n = def ? o->verdefnum : o->verneednum;
	if (!v)
		return 0;
	if (n > 4096)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: absurd symbol version count", o->path);
	for (size_t i = 0; i < n; i++) {
		if (!ld_in_image(o, v, def ? sizeof(Elf64_Verdef) : sizeof(Elf64_Verneed)))
			return ld_error(LD_EXIT_NOT_FOUND, "%s: version record outside the image", o->path);
		const uint32_t *rec = at(o, v);
		uint32_t aux = def ? ((const Elf64_Verdef *)rec)->vd_aux : ((const Elf64_Verneed *)rec)->vn_aux;
		uint16_t cnt = def ? ((const Elf64_Verdef *)rec)->vd_cnt : ((const Elf64_Verneed *)rec)->vn_cnt;
		uint32_t next = def ? ((const Elf64_Verdef *)rec)->vd_next : ((const Elf64_Verneed *)rec)->vn_next;
		uintptr_t a = v + aux;
		for (uint16_t k = 0; k < cnt; k++) {
			size_t asz = def ? sizeof(Elf64_Verdaux) : sizeof(Elf64_Vernaux);
			if (!ld_in_image(o, a, asz))
				return ld_error(LD_EXIT_NOT_FOUND, "%s: version record outside the image", o->path);
			const void *ar = at(o, a);
			uint32_t name = def ? ((const Elf64_Verdaux *)ar)->vda_name : ((const Elf64_Vernaux *)ar)->vna_name;
			uint32_t anext = def ? ((const Elf64_Verdaux *)ar)->vda_next : ((const Elf64_Vernaux *)ar)->vna_next;
			if (name >= o->strsz)
				return ld_error(LD_EXIT_NOT_FOUND, "%s: version name outside the string table", o->path);
			if (!anext)
				break;
			a += anext;
		}
		if (!next)
			break;
		v += next;
	}
	if (def)
		o->verdef = at(o, (uintptr_t)o->verdef);
	else
		o->verneed = at(o, (uintptr_t)o->verneed);
	return 0;
}

int ld_decode_dyn(struct ld_obj *o)
{
	size_t max = 0;
	for (size_t i = 0; i < o->phnum; i++)
		if (o->phdr[i].p_type == PT_DYNAMIC)
			max = o->phdr[i].p_memsz / sizeof(Elf64_Dyn);
	o->dyn_mask = 0;
	size_t i;
	for (i = 0; i < max && o->dynamic[i].d_tag != DT_NULL; i++) {
		uint64_t tag = (uint64_t)o->dynamic[i].d_tag, val = o->dynamic[i].d_un.d_val;
		if (tag < LD_DYN_MAX) {
			if (!has(o, (unsigned)tag))
				o->dyn[tag] = val;
			o->dyn_mask |= 1ULL << tag;
			continue;
		}
		switch (tag) {
		case DT_GNU_HASH:
			o->gnu_hash = (const uint32_t *)val;
			break;
		case DT_VERSYM:
			o->versym = (const uint16_t *)val;
			break;
		case DT_VERDEF:
			o->verdef = (const Elf64_Verdef *)val;
			break;
		case DT_VERDEFNUM:
			o->verdefnum = val;
			break;
		case DT_VERNEED:
			o->verneed = (const Elf64_Verneed *)val;
			break;
		case DT_VERNEEDNUM:
			o->verneednum = val;
			break;
		case DT_FLAGS_1:
			o->flags_1 = val;
			break;
		default:
			break;
		}
	}
	if (i == max)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: dynamic section not terminated", o->path);
	o->flags = has(o, DT_FLAGS) ? o->dyn[DT_FLAGS] : 0;
	if (has(o, DT_REL) || has(o, DT_TEXTREL) || (o->flags & DF_TEXTREL))
		return ld_error(LD_EXIT_NOT_FOUND, "%s: unsupported %s", o->path,
				has(o, DT_REL) ? "REL relocations (x86-64 uses RELA)" : "text relocations");
	if (has(o, DT_PLTREL) && o->dyn[DT_PLTREL] != DT_RELA)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: unsupported PLT relocation kind", o->path);
	if (decode_tables(o) < 0 || check_versions(o, true) < 0 || check_versions(o, false) < 0)
		return -1;
	if (check_table(o, DT_RELA, DT_RELASZ, DT_RELAENT, sizeof(Elf64_Rela), "relocation") < 0 ||
	    check_table(o, DT_JMPREL, DT_PLTRELSZ, 0, sizeof(Elf64_Rela), "PLT relocation") < 0 ||
	    check_table(o, DT_RELR, DT_RELRSZ, DT_RELRENT, 8, "RELR relocation") < 0 ||
	    check_table(o, DT_INIT_ARRAY, DT_INIT_ARRAYSZ, 0, 8, "init array") < 0 ||
	    check_table(o, DT_FINI_ARRAY, DT_FINI_ARRAYSZ, 0, 8, "fini array") < 0 ||
	    check_table(o, DT_PREINIT_ARRAY, DT_PREINIT_ARRAYSZ, 0, 8, "preinit array") < 0)
		return -1;
	if ((has(o, DT_INIT) && !ld_in_image(o, o->dyn[DT_INIT], 1)) ||
	    (has(o, DT_FINI) && !ld_in_image(o, o->dyn[DT_FINI], 1)))
		return ld_error(LD_EXIT_NOT_FOUND, "%s: DT_INIT/DT_FINI outside the image", o->path);
	for (i = 0; o->dynamic[i].d_tag != DT_NULL; i++) {
		int64_t tag = o->dynamic[i].d_tag;
		if ((tag == DT_NEEDED || tag == DT_SONAME || tag == DT_RPATH || tag == DT_RUNPATH) &&
		    o->dynamic[i].d_un.d_val >= o->strsz)
			return ld_error(LD_EXIT_NOT_FOUND, "%s: dynamic string outside the string table", o->path);
	}
	o->soname = has(o, DT_SONAME) ? o->strtab + o->dyn[DT_SONAME] : NULL;
	return 0;
}
