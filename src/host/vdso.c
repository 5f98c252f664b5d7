/* Symbol lookup in the vDSO.
 *
 * The kernel links the vDSO as a tiny shared object: one PT_LOAD segment whose file image is exactly
 * what is mapped, a PT_DYNAMIC, a sysv and/or GNU hash table, and symbol versions. It is never
 * relocated, so a link-time address becomes a pointer by subtracting the segment's link address and
 * adding the image base. We read it as a dynamic linker would, but check every offset against the
 * segment's size. */
#include <linux/elf.h>
#include "mem.h"
#include "vdso.h"

/* Not in the kernel's UAPI <linux/elf.h> (GNU extensions to the ELF gABI): the GNU hash table's dynamic
 * tag, and the version-definition records that DT_VERDEF points at. */
#define DT_GNU_HASH 0x6ffffef5
#define VER_FLG_BASE 0x1     /* the verdef naming the object itself, not a version */
#define VERSYM_INDEX 0x7fff  /* bit 15 of a versym entry is "hidden" */

struct vdso_verdef {
	Elf64_Half vd_version, vd_flags, vd_ndx, vd_cnt;
	Elf64_Word vd_hash, vd_aux, vd_next;
};
struct vdso_verdaux {
	Elf64_Word vda_name, vda_next;
};
_Static_assert(sizeof(struct vdso_verdef) == 20 && sizeof(struct vdso_verdaux) == 8, "ELF verdef layout");

struct image {
	const uint8_t *base; /* the ELF header */
	size_t size;         /* bytes that may be read from base */
	uint64_t link;       /* link-time address of offset 0 (PT_LOAD p_vaddr - p_offset) */
	/* From the dynamic section, link-time addresses (0: absent). */
	uint64_t strtab, strsz, symtab, hash, gnu_hash, versym, verdef;
};

/* The len bytes at offset off, if they lie inside the image and are aligned to align; else NULL. */
static const void *at(const struct image *im, uint64_t off, uint64_t len, uint64_t align)
{
	if (off > im->size || len > im->size - off || ((uintptr_t)(im->base + off) & (align - 1)))
		return NULL;
	return im->base + off;
}

/* The same for a link-time address. */
static const void *at_addr(const struct image *im, uint64_t addr, uint64_t len, uint64_t align)
{
	return addr < im->link ? NULL : at(im, addr - im->link, len, align);
}

/* Whether the string at strtab offset off is exactly s. */
static bool str_is(const struct image *im, uint64_t off, const char *s)
{
	size_t n = host_strlen(s) + 1;
	const char *p;

	if (off >= im->strsz || n > im->strsz - off)
		return false;
	p = at_addr(im, im->strtab + off, n, 1);
	return p && memcmp(p, s, n) == 0;
}

/* Reads the ELF and program headers and the dynamic section into im. */
static bool image_open(struct image *im, const void *image)
{
	const Elf64_Ehdr *eh = image;
	const Elf64_Phdr *ph, *load = NULL, *dyn = NULL;
	const Elf64_Dyn *d;
	uint64_t n;

	/* Until PT_LOAD says how big the image is, trust only the first page (always mapped). */
	*im = (struct image){ .base = image, .size = HOST_PAGE_SIZE };
	if (eh->e_ident[EI_MAG0] != ELFMAG0 || eh->e_ident[EI_MAG1] != ELFMAG1 || eh->e_ident[EI_MAG2] != ELFMAG2 ||
	    eh->e_ident[EI_MAG3] != ELFMAG3 || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
	    eh->e_phentsize != sizeof(Elf64_Phdr))
		return false;
	ph = at(im, eh->e_phoff, (uint64_t)eh->e_phnum * sizeof *ph, 8);
	if (!ph)
		return false;
	for (n = 0; n < eh->e_phnum; n++) {
		if (ph[n].p_type == PT_LOAD && !load)
			load = &ph[n];
		else if (ph[n].p_type == PT_DYNAMIC)
			dyn = &ph[n];
	}
	if (!load || !dyn || load->p_offset > load->p_vaddr || load->p_filesz > SIZE_MAX - load->p_offset)
		return false;
	im->size = load->p_offset + load->p_filesz;
	im->link = load->p_vaddr - load->p_offset;

	d = at(im, dyn->p_offset, dyn->p_filesz, 8);
	if (!d)
		return false;
	for (n = 0; n < dyn->p_filesz / sizeof *d && d[n].d_tag != DT_NULL; n++) {
		uint64_t v = d[n].d_un.d_val;
		switch (d[n].d_tag) {
		case DT_STRTAB: im->strtab = v; break;
		case DT_STRSZ: im->strsz = v; break;
		case DT_SYMTAB: im->symtab = v; break;
		case DT_HASH: im->hash = v; break;
		case DT_GNU_HASH: im->gnu_hash = v; break;
		case DT_VERSYM: im->versym = v; break;
		case DT_VERDEF: im->verdef = v; break;
		}
	}
	return im->strtab && im->symtab && (im->hash || im->gnu_hash) &&
	       at_addr(im, im->strtab, im->strsz, 1);
}

/* Whether symbol idx has version `version`: its versym index names a verdef whose first name matches.
 * An image without version tables accepts any request. */
static bool version_is(const struct image *im, uint64_t idx, const char *version)
{
	const Elf64_Half *vs;
	const struct vdso_verdef *def;
	const struct vdso_verdaux *aux;
	uint64_t addr = im->verdef;

	if (!im->versym || !im->verdef)
		return true;
	vs = at_addr(im, im->versym + idx * sizeof *vs, sizeof *vs, 2);
	if (!vs)
		return false;
	/* Each step moves forward by vd_next > 0, so the walk ends when it leaves the image. */
	while ((def = at_addr(im, addr, sizeof *def, 4))) {
		if (!(def->vd_flags & VER_FLG_BASE) && (def->vd_ndx & VERSYM_INDEX) == (*vs & VERSYM_INDEX)) {
			aux = at_addr(im, addr + def->vd_aux, sizeof *aux, 4);
			return aux && str_is(im, aux->vda_name, version);
		}
		if (!def->vd_next)
			break;
		addr += def->vd_next;
	}
	return false;
}

/* The symbol idx if it is a global/weak symbol defined in the image, called name (with version, if asked). */
static const Elf64_Sym *sym_match(const struct image *im, uint64_t idx, const char *name, const char *version)
{
	const Elf64_Sym *s = at_addr(im, im->symtab + idx * sizeof *s, sizeof *s, 8);
	unsigned bind;

	/* Undefined symbols, and absolute ones (such as the version names themselves), are no address in the
	 * image. */
	if (!s || s->st_shndx == SHN_UNDEF || s->st_shndx == SHN_ABS)
		return NULL;
	bind = ELF64_ST_BIND(s->st_info);
	if ((bind != STB_GLOBAL && bind != STB_WEAK) || !str_is(im, s->st_name, name))
		return NULL;
	return !version || version_is(im, idx, version) ? s : NULL;
}

/* GNU hash: buckets give the first symbol of a chain of consecutive symbols whose hashes (low bit
 * cleared) follow in the chain array; a set low bit ends the chain. The Bloom filter is skipped: it
 * only speeds up misses. */
static const Elf64_Sym *lookup_gnu(const struct image *im, const char *name, const char *version)
{
	const uint32_t *hdr = at_addr(im, im->gnu_hash, 16, 4), *w;
	uint64_t buckets, chains, idx;
	uint32_t h = 5381;

	if (!hdr || !hdr[0])
		return NULL;
	for (const char *p = name; *p; p++)
		h = h * 33 + (uint8_t)*p;
	/* header: nbuckets, symoffset, bloom words (8 bytes each), bloom shift */
	buckets = im->gnu_hash + 16 + (uint64_t)hdr[2] * 8;
	chains = buckets + (uint64_t)hdr[0] * 4;
	w = at_addr(im, buckets + (uint64_t)(h % hdr[0]) * 4, 4, 4);
	if (!w || *w < hdr[1])
		return NULL;
	for (idx = *w; (w = at_addr(im, chains + (idx - hdr[1]) * 4, 4, 4)); idx++) {
		const Elf64_Sym *s;
		if ((*w | 1) == (h | 1) && (s = sym_match(im, idx, name, version)))
			return s;
		if (*w & 1)
			break;
	}
	return NULL;
}

/* sysv hash: bucket[h % nbucket] starts a chain linked through chain[idx], ended by index 0 (STN_UNDEF;
 * the loop also stops on any index past nchain). */
static const Elf64_Sym *lookup_sysv(const struct image *im, const char *name, const char *version)
{
	const uint32_t *hdr = at_addr(im, im->hash, 8, 4), *w;
	uint64_t steps;
	uint32_t h = 0;

	if (!hdr || !hdr[0])
		return NULL;
	for (const char *p = name; *p; p++) {
		h = (h << 4) + (uint8_t)*p;
		h = (h ^ ((h & 0xf0000000u) >> 24)) & 0x0fffffffu;
	}
	/* header: nbucket, nchain; then bucket[nbucket], chain[nchain] */
	w = at_addr(im, im->hash + 8 + (uint64_t)(h % hdr[0]) * 4, 4, 4);
	for (steps = 0; w && *w != 0 && *w < hdr[1] && steps < hdr[1]; steps++) {
		const Elf64_Sym *s = sym_match(im, *w, name, version);
		if (s)
			return s;
		w = at_addr(im, im->hash + 8 + ((uint64_t)hdr[0] + *w) * 4, 4, 4);
	}
	return NULL;
}

void *host_vdso_sym(const void *image, const char *name, const char *version)
{
	struct image im;
	const Elf64_Sym *s;

	if (!image || !image_open(&im, image))
		return NULL;
	s = im.gnu_hash ? lookup_gnu(&im, name, version) : lookup_sysv(&im, name, version);
	return s ? (void *)at_addr(&im, s->st_value, 1, 1) : NULL;
}
