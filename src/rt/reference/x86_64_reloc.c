/* x86-64 relocation types (psABI): one switch; anything not listed is an error. Not handled on purpose:
 * R_X86_64_GOTPCREL and the other static-link-only types, R_X86_64_32/32S (non-PIC code), R_X86_64_SIZE*,
 * TPOFF32/DTPOFF32 (never dynamic on LP64). */
#include "../core/tls/tls.h"
#include "ld.h"

/* A dynamic TLS descriptor's argument (TLSDESC into a module without static TLS). */
static struct tls_index *tlsdesc_index(size_t modid, uint64_t offset)
{
	struct tls_index *ti = ld_alloc(sizeof *ti);
	if (ti) {
		ti->mod_id = modid;
		ti->offset = offset;
	}
	return ti;
}

static int tls_static_off(struct ld_obj *o, struct ld_obj *def, uint64_t off, uint64_t *out)
{
	const struct rt_tls_module *m = def ? rt_tls_module(def->tls_modid) : NULL;
	if (!def || !def->tls_static || !m)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: initial-exec TLS into %s, which has no static TLS", o->path,
				def ? def->path : "an undefined symbol");
	*out = off - m->tpoff;
	return 0;
}

int ld_reloc_one(struct ld_obj *o, const Elf64_Rela *r, uint64_t *where, struct ld_reloc_sym *cache)
{
	uint32_t type = ELF64_R_TYPE(r->r_info);
	size_t symidx = ELF64_R_SYM(r->r_info);
	uint64_t addend = (uint64_t)r->r_addend, s = 0, off = 0;
	struct ld_obj *def = o;
	if (type == R_X86_64_RELATIVE) {
		*where = o->bias + addend;
		return 0;
	}
	if (type == R_X86_64_NONE)
		return 0;
	if (symidx && type != R_X86_64_COPY) {
		if (ld_reloc_symbol(o, symidx, cache) < 0)
			return -1;
		def = cache->obj;
		if (cache->sym) {
			if (type == R_X86_64_DTPMOD64 || type == R_X86_64_DTPOFF64 || type == R_X86_64_TPOFF64 ||
			    type == R_X86_64_TLSDESC)
				off = cache->sym->st_value;
			else
				s = ld_sym_value(def, cache->sym);
		}
	}
	switch (type) {
	case R_X86_64_64:
	case R_X86_64_GLOB_DAT:
	case R_X86_64_JUMP_SLOT:
		*where = s + addend;
		return 0;
	case R_X86_64_PC32: {
		int64_t v = (int64_t)(s + addend - (uint64_t)(uintptr_t)where);
		if (v != (int32_t)v)
			return ld_error(LD_EXIT_NOT_FOUND, "%s: PC32 relocation out of range", o->path);
		int32_t v32 = (int32_t)v;
		memcpy(where, &v32, 4);
		return 0;
	}
	case R_X86_64_IRELATIVE:
		*where = ((uint64_t(*)(uint64_t))(o->bias + addend))(host_boot.hwcap);
		return 0;
	case R_X86_64_COPY: {
		struct ld_reloc_sym c = {.copy = true};
		if (ld_reloc_symbol(o, symidx, &c) < 0)
			return -1;
		if (!c.sym)
			return ld_error(LD_EXIT_NOT_FOUND, "%s: copy relocation of an undefined symbol", o->path);
		size_t n = c.ref->st_size;
		if (c.sym->st_size < n || !ld_in_image(c.obj, c.sym->st_value, n) || !ld_in_image(o, r->r_offset, n))
			return ld_error(LD_EXIT_NOT_FOUND, "%s: bad copy relocation", o->path);
		memcpy(where, (void *)(c.obj->bias + c.sym->st_value), n);
		return 0;
	}
	case R_X86_64_DTPMOD64:
		if (!def)
			return ld_error(LD_EXIT_NOT_FOUND, "%s: TLS relocation of an undefined symbol", o->path);
		*where = def->tls_modid;
		return 0;
	case R_X86_64_DTPOFF64:
		*where = off + addend;
		return 0;
	case R_X86_64_TPOFF64:
		return tls_static_off(o, def, off + addend, where);
	case R_X86_64_TLSDESC:
		if (def && def->tls_static) {
			where[0] = (uint64_t)(uintptr_t)ld_tlsdesc_static;
			return tls_static_off(o, def, off + addend, &where[1]);
		}
		if (!def || !def->tls_modid)
			return ld_error(LD_EXIT_NOT_FOUND, "%s: TLS descriptor of an undefined symbol", o->path);
		struct tls_index *ti = tlsdesc_index(def->tls_modid, off + addend);
		if (!ti)
			return -1;
		where[0] = (uint64_t)(uintptr_t)ld_tlsdesc_dynamic;
		where[1] = (uint64_t)(uintptr_t)ti;
		return 0;
	default:
		return ld_error(LD_EXIT_NOT_FOUND, "%s: unsupported relocation type %u", o->path, type);
	}
}
