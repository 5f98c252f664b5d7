/* The twz tool's ELF note reader on good, truncated and corrupted images (under ASan: no read may leave
 * the image). */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../tools/twz/elf_note.h"

static int failures;
#define CHECK(c) ((c) ? (void)0 : (void)(failures++, fprintf(stderr, "%s:%d: CHECK(%s)\n", __FILE__, __LINE__, #c)))

/* An ELF header, one PT_NOTE program header, and two notes (a GNU one, then ours). */
static size_t build_image(uint8_t *img)
{
	memset(img, 0, 512);
	Elf64_Ehdr *eh = (Elf64_Ehdr *)img;
	memcpy(eh->e_ident, ELFMAG, SELFMAG);
	eh->e_ident[EI_CLASS] = ELFCLASS64;
	eh->e_ident[EI_DATA] = ELFDATA2LSB;
	eh->e_phoff = sizeof *eh;
	eh->e_phentsize = sizeof(Elf64_Phdr);
	eh->e_phnum = 1;
	Elf64_Phdr *ph = (Elf64_Phdr *)(img + eh->e_phoff);
	size_t off = eh->e_phoff + sizeof *ph;
	ph->p_type = PT_NOTE;
	ph->p_offset = off;
	uint8_t *p = img + off;
	Elf64_Nhdr gnu = { 4, 4, 3 };
	memcpy(p, &gnu, sizeof gnu);
	memcpy(p + 12, "GNU", 4);
	memcpy(p + 16, "abcd", 4);
	Elf64_Nhdr ours = { 6, 16, 0x545a0001 };
	memcpy(p + 20, &ours, sizeof ours);
	memcpy(p + 32, "twzrt", 6);
	uint32_t desc[4] = { 0, 99, 1, 0 };
	memcpy(p + 40, desc, sizeof desc);
	ph->p_filesz = 56;
	return off + 56;
}

int main(void)
{
	uint8_t img[512];
	size_t len = build_image(img);
	const uint8_t *desc;
	uint32_t descsz;

	CHECK(elf_find_note(img, len, "twzrt", 0x545a0001, &desc, &descsz) == ELF_NOTE_FOUND);
	CHECK(descsz == 16 && desc[4] == 99);
	CHECK(elf_find_note(img, len, "twzrt", 7, &desc, &descsz) == ELF_NOTE_ABSENT);
	CHECK(elf_find_note(img, len, "GNU", 3, &desc, &descsz) == ELF_NOTE_FOUND);

	/* Every truncation ends in a status, never a read past the end (each copy is exactly n bytes). */
	for (size_t n = 0; n < len; n++) {
		uint8_t *cut = malloc(n ? n : 1);
		memcpy(cut, img, n);
		enum elf_note_status s = elf_find_note(cut, n, "twzrt", 0x545a0001, &desc, &descsz);
		CHECK(s != ELF_NOTE_FOUND);
		free(cut);
	}
	CHECK(elf_find_note((const uint8_t *)"#!/bin/sh\n", 10, "twzrt", 1, &desc, &descsz) == ELF_NOTE_NOT_ELF);

	/* Corrupted numbers: huge program-header offset, count, note sizes. */
	Elf64_Ehdr *eh = (Elf64_Ehdr *)img;
	eh->e_phoff = (uint64_t)-8;
	CHECK(elf_find_note(img, len, "twzrt", 0x545a0001, &desc, &descsz) == ELF_NOTE_MALFORMED);
	build_image(img);
	eh->e_phnum = 0xffff;
	CHECK(elf_find_note(img, len, "twzrt", 0x545a0001, &desc, &descsz) == ELF_NOTE_MALFORMED);
	build_image(img);
	Elf64_Phdr *ph = (Elf64_Phdr *)(img + eh->e_phoff);
	ph->p_filesz = (uint64_t)-1;
	CHECK(elf_find_note(img, len, "twzrt", 0x545a0001, &desc, &descsz) == ELF_NOTE_MALFORMED);
	build_image(img);
	Elf64_Nhdr *first = (Elf64_Nhdr *)(img + ph->p_offset);
	first->n_descsz = 0xfffffff0u;
	CHECK(elf_find_note(img, len, "twzrt", 0x545a0001, &desc, &descsz) == ELF_NOTE_MALFORMED);

	return failures ? 1 : 0;
}
