/* The machine-independent relocation driver: RELR, then RELA, then the PLT relocations (all eagerly),
 * each target checked to lie in a writable segment; then RELRO made read-only. The arch file knows the
 * relocation types (x86_64_reloc.c). */
#include "ld.h"
#include <linux/mman.h>

/* The last writable segment a target fell in: relocations come in address order, so this almost always
 * hits. */
struct seg_cache {
	uint64_t lo, hi;
};

static bool target_ok(const struct ld_obj *o, struct seg_cache *c, uint64_t vaddr, uint64_t len)
{
	if (vaddr >= c->lo && vaddr + len <= c->hi && vaddr + len >= vaddr)
		return true;
	for (size_t i = 0; i < o->phnum; i++) {
		const Elf64_Phdr *p = &o->phdr[i];
		if (p->p_type == PT_LOAD && (p->p_flags & PF_W) && vaddr >= p->p_vaddr && len <= p->p_memsz &&
		    vaddr - p->p_vaddr <= p->p_memsz - len) {
			c->lo = p->p_vaddr;
			c->hi = p->p_vaddr + p->p_memsz;
			return true;
		}
	}
	return false;
}

int ld_reloc_symbol(struct ld_obj *o, size_t symidx, struct ld_reloc_sym *out)
{
	if (symidx == out->idx && out->valid)
		return 0;
	out->valid = false;
	if (symidx >= o->nsyms)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: relocation names symbol %zu of %zu", o->path, symidx,
				o->nsyms);
	const Elf64_Sym *s = &o->syms[symidx];
	out->idx = symidx;
	out->ref = s;
	if (s->st_name >= o->strsz)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: symbol name outside the string table", o->path);
	if (ELF64_ST_BIND(s->st_info) == STB_LOCAL) {
		out->obj = o;
		out->sym = s;
		out->valid = true;
		return 0;
	}
	struct ld_symreq r;
	ld_symreq_init(&r, o->strtab + s->st_name);
	r.requester = o;
	r.skip_program = out->copy;
	const char *file = NULL;
	if (o->versym && (o->versym[symidx] & VERSYM_INDEX) > VER_NDX_GLOBAL)
		r.version = ld_verneed_name(o, o->versym[symidx] & VERSYM_INDEX, &file);
	if (ld_lookup(&r)) {
		out->obj = r.obj;
		out->sym = r.sym;
	} else if (ELF64_ST_BIND(s->st_info) == STB_WEAK) {
		out->obj = NULL;
		out->sym = NULL;
	} else if (r.version) {
		return ld_error(LD_EXIT_NOT_FOUND, "symbol '%s' version %s not found in %s (needed by %s)", r.name,
				r.version, file ? file : "any library", o->path);
	} else {
		return ld_error(LD_EXIT_NOT_FOUND, "symbol '%s' not found (needed by %s)", r.name, o->path);
	}
	out->valid = true;
	return 0;
}

const char *ld_verneed_name(const struct ld_obj *o, uint16_t ndx, const char **file)
{
	const char *v = (const char *)o->verneed;
	for (size_t i = 0; v && i < o->verneednum; i++) {
		const Elf64_Verneed *n = (const Elf64_Verneed *)v;
		const char *a = v + n->vn_aux;
		for (uint16_t k = 0; k < n->vn_cnt; k++) {
			const Elf64_Vernaux *x = (const Elf64_Vernaux *)a;
			if (x->vna_other == ndx) {
				if (file)
					*file = n->vn_file < o->strsz ? o->strtab + n->vn_file : NULL;
				return o->strtab + x->vna_name;
			}
			if (!x->vna_next)
				break;
			a += x->vna_next;
		}
		if (!n->vn_next)
			break;
		v += n->vn_next;
	}
	return NULL;
}

/* Bytes a relocation writes (COPY: the symbol's size, checked by the arch code). */
static uint64_t target_len(uint32_t type)
{
	switch (type) {
	case R_X86_64_TLSDESC:
		return 16;
	case R_X86_64_PC32:
		return 4;
	case R_X86_64_COPY:
	case R_X86_64_NONE:
		return 0;
	default:
		return 8;
	}
}

static int do_rela(struct ld_obj *o, uint64_t table, uint64_t size)
{
	const Elf64_Rela *r = (const Elf64_Rela *)(o->bias + table);
	size_t n = size / sizeof *r;
	struct seg_cache c = {0, 0};
	struct ld_reloc_sym cache = {.valid = false};
	for (size_t i = 0; i < n; i++) {
		if (!target_ok(o, &c, r[i].r_offset, target_len(ELF64_R_TYPE(r[i].r_info))))
			return ld_error(LD_EXIT_NOT_FOUND, "%s: relocation %zu outside the writable segments", o->path,
					i);
		if (ld_reloc_one(o, &r[i], (uint64_t *)(o->bias + r[i].r_offset), &cache) < 0)
			return -1;
	}
	return 0;
}

static int do_relr(struct ld_obj *o)
{
	const uint64_t *relr = (const uint64_t *)(o->bias + o->dyn[DT_RELR]);
	size_t n = o->dyn[DT_RELRSZ] / 8;
	struct seg_cache c = {0, 0};
	uint64_t where = 0;
	for (size_t i = 0; i < n; i++) {
		uint64_t e = relr[i];
		if (!(e & 1)) {
			if (!target_ok(o, &c, e, 8))
				return ld_error(LD_EXIT_NOT_FOUND, "%s: RELR entry %zu outside the writable segments",
						o->path, i);
			*(uint64_t *)(o->bias + e) += o->bias;
			where = e + 8;
			continue;
		}
		for (unsigned bit = 1; bit < 64; bit++) {
			if (!(e >> bit & 1))
				continue;
			uint64_t a = where + (bit - 1) * 8;
			if (!target_ok(o, &c, a, 8))
				return ld_error(LD_EXIT_NOT_FOUND, "%s: RELR entry %zu outside the writable segments",
						o->path, i);
			*(uint64_t *)(o->bias + a) += o->bias;
		}
		where += 63 * 8;
	}
	return 0;
}

static bool has(const struct ld_obj *o, unsigned tag)
{
	return o->dyn_mask >> tag & 1;
}

void ld_protect_relro(struct ld_obj *o)
{
	if (o->relro_done)
		return;
	o->relro_done = true;
	if (o->relro_end > o->relro_start)
		host_mprotect((void *)o->relro_start, o->relro_end - o->relro_start, PROT_READ);
}

int ld_relocate(struct ld_obj *o)
{
	if (o->relocated)
		return 0;
	if (has(o, DT_RELR) && has(o, DT_RELRSZ) && do_relr(o) < 0)
		return -1;
	if (has(o, DT_RELA) && has(o, DT_RELASZ) && do_rela(o, o->dyn[DT_RELA], o->dyn[DT_RELASZ]) < 0)
		return -1;
	if (has(o, DT_JMPREL) && has(o, DT_PLTRELSZ) && do_rela(o, o->dyn[DT_JMPREL], o->dyn[DT_PLTRELSZ]) < 0)
		return -1;
	o->relocated = true;
	ld_protect_relro(o);
	return 0;
}
