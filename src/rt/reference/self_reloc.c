/* The runtime relocating itself (and a second copy of itself): RELATIVE relocations only.
 *
 * Runs before its own relocations are applied, so it may not touch any global data or take the address
 * of any function through the GOT; it uses only its arguments, the stack and direct (PC-relative)
 * calls. libtwz_rt.so is linked -Bsymbolic with hidden internals, so RELATIVE (and RELR) are all it has;
 * anything else makes it fail rather than guess. */
#include "ld.h"

static void relr_apply(uintptr_t base, const uint64_t *relr, size_t n)
{
	uint64_t *where = NULL;
	for (size_t i = 0; i < n; i++) {
		uint64_t e = relr[i];
		if (!(e & 1)) {
			where = (uint64_t *)(base + e);
			*where++ += base;
			continue;
		}
		for (unsigned bit = 1; bit < 64; bit++)
			if (e >> bit & 1)
				where[bit - 1] += base;
		where += 63;
	}
}

static int rela_apply(uintptr_t base, const Elf64_Rela *r, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		uint32_t type = ELF64_R_TYPE(r[i].r_info);
		if (type == R_X86_64_RELATIVE)
			*(uint64_t *)(base + r[i].r_offset) = base + (uint64_t)r[i].r_addend;
		else if (type != R_X86_64_NONE)
			return -1;
	}
	return 0;
}

int ld_relocate_self(uintptr_t base, const Elf64_Dyn *dyn)
{
	uint64_t rela = 0, relasz = 0, jmprel = 0, pltsz = 0, relr = 0, relrsz = 0;
	for (; dyn->d_tag != DT_NULL; dyn++) {
		switch (dyn->d_tag) {
		case DT_RELA: rela = dyn->d_un.d_val; break;
		case DT_RELASZ: relasz = dyn->d_un.d_val; break;
		case DT_JMPREL: jmprel = dyn->d_un.d_val; break;
		case DT_PLTRELSZ: pltsz = dyn->d_un.d_val; break;
		case DT_RELR: relr = dyn->d_un.d_val; break;
		case DT_RELRSZ: relrsz = dyn->d_un.d_val; break;
		default: break;
		}
	}
	if (relr)
		relr_apply(base, (const uint64_t *)(base + relr), relrsz / 8);
	if (rela && rela_apply(base, (const Elf64_Rela *)(base + rela), relasz / sizeof(Elf64_Rela)) < 0)
		return -1;
	if (jmprel && rela_apply(base, (const Elf64_Rela *)(base + jmprel), pltsz / sizeof(Elf64_Rela)) < 0)
		return -1;
	return 0;
}
