/* Bounds-checked ELF64 note lookup (see elf_note.h). */
#include "elf_note.h"

#include <elf.h>
#include <string.h>

/* True when [off, off + size) lies inside an image of len bytes. */
static int in_bounds(size_t len, uint64_t off, uint64_t size)
{
	return off <= len && size <= len - off;
}

/* Walks the notes of one region and returns FOUND, ABSENT or MALFORMED. */
static enum elf_note_status scan_notes(const uint8_t *p, uint64_t size, const char *name, uint32_t type,
				       const uint8_t **desc, uint32_t *descsz)
{
	size_t namelen = strlen(name) + 1;
	uint64_t off = 0;
	while (size - off >= sizeof(Elf64_Nhdr)) {
		Elf64_Nhdr nh;
		memcpy(&nh, p + off, sizeof nh);
		off += sizeof nh;
		uint64_t nsz = ((uint64_t)nh.n_namesz + 3) & ~3ULL, dsz = ((uint64_t)nh.n_descsz + 3) & ~3ULL;
		if (nsz > size - off || dsz > size - off - nsz)
			return ELF_NOTE_MALFORMED;
		if (nh.n_type == type && nh.n_namesz == namelen && memcmp(p + off, name, namelen) == 0) {
			*desc = p + off + nsz;
			*descsz = nh.n_descsz;
			return ELF_NOTE_FOUND;
		}
		off += nsz + dsz;
	}
	return ELF_NOTE_ABSENT;
}

enum elf_note_status elf_find_note(const uint8_t *img, size_t len, const char *name, uint32_t type,
				   const uint8_t **desc, uint32_t *descsz)
{
	Elf64_Ehdr eh;
	if (len < sizeof eh || memcmp(img, ELFMAG, SELFMAG) != 0)
		return ELF_NOTE_NOT_ELF;
	memcpy(&eh, img, sizeof eh);
	if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB)
		return ELF_NOTE_NOT_ELF;

	enum elf_note_status result = ELF_NOTE_ABSENT;
	if (eh.e_phnum) {
		if (eh.e_phentsize != sizeof(Elf64_Phdr) ||
		    !in_bounds(len, eh.e_phoff, (uint64_t)eh.e_phnum * sizeof(Elf64_Phdr)))
			return ELF_NOTE_MALFORMED;
		for (unsigned i = 0; i < eh.e_phnum; i++) {
			Elf64_Phdr ph;
			memcpy(&ph, img + eh.e_phoff + i * sizeof ph, sizeof ph);
			if (ph.p_type != PT_NOTE)
				continue;
			if (!in_bounds(len, ph.p_offset, ph.p_filesz))
				return ELF_NOTE_MALFORMED;
			result = scan_notes(img + ph.p_offset, ph.p_filesz, name, type, desc, descsz);
			if (result != ELF_NOTE_ABSENT)
				return result;
		}
		return ELF_NOTE_ABSENT;
	}
	if (eh.e_shnum) {
		if (eh.e_shentsize != sizeof(Elf64_Shdr) ||
		    !in_bounds(len, eh.e_shoff, (uint64_t)eh.e_shnum * sizeof(Elf64_Shdr)))
			return ELF_NOTE_MALFORMED;
		for (unsigned i = 0; i < eh.e_shnum; i++) {
			Elf64_Shdr sh;
			memcpy(&sh, img + eh.e_shoff + i * sizeof sh, sizeof sh);
			if (sh.sh_type != SHT_NOTE)
				continue;
			if (!in_bounds(len, sh.sh_offset, sh.sh_size))
				return ELF_NOTE_MALFORMED;
			result = scan_notes(img + sh.sh_offset, sh.sh_size, name, type, desc, descsz);
			if (result != ELF_NOTE_ABSENT)
				return result;
		}
	}
	return result;
}

const char *elf_note_status_str(enum elf_note_status st)
{
	switch (st) {
	case ELF_NOTE_FOUND:
		return "found";
	case ELF_NOTE_ABSENT:
		return "no twzrt ABI note (not built with twz-cc)";
	case ELF_NOTE_NOT_ELF:
		return "not a 64-bit little-endian ELF file";
	case ELF_NOTE_MALFORMED:
		return "malformed ELF file (headers point outside the file)";
	}
	return "unknown status";
}
