/* Finding an ELF note in an in-memory image, with every offset and size checked against the image. */
#ifndef TWZ_TOOL_ELF_NOTE_H
#define TWZ_TOOL_ELF_NOTE_H

#include <stddef.h>
#include <stdint.h>

enum elf_note_status {
	ELF_NOTE_FOUND = 0,
	ELF_NOTE_ABSENT = 1,   /* a valid ELF file without that note */
	ELF_NOTE_NOT_ELF = 2,  /* not a 64-bit little-endian ELF file */
	ELF_NOTE_MALFORMED = 3 /* headers or notes point outside the file */
};

/* Looks for a note with owner `name` and type `type` in the PT_NOTE segments (or, for files without
 * program headers, the SHT_NOTE sections) of the ELF64 image img[0..len). On ELF_NOTE_FOUND sets *desc
 * to the descriptor inside img and *descsz to its size. */
enum elf_note_status elf_find_note(const uint8_t *img, size_t len, const char *name, uint32_t type,
				   const uint8_t **desc, uint32_t *descsz);

/* A one-line description of a status, for error messages. */
const char *elf_note_status_str(enum elf_note_status st);

#endif
