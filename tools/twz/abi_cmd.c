/* `twz abi FILE...`: prints the ABI version each file was built against (its twzrt ABI note). */
#include "commands.h"
#include "elf_note.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <twizzler/rt/version.h>
#include <twzrt/abi.h>

/* Reads the note of one file; prints "FILE: ABI x.y.z" or a cause and a fix. Returns 0 when found. */
static int show_one(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		fprintf(stderr, "twz abi: cannot open %s: %s\n  fix: give the path of a program or library\n",
			path, strerror(errno));
		return 1;
	}
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size == 0) {
		fprintf(stderr, "twz abi: %s is not a regular, non-empty file\n"
				"  fix: give the path of a program or library built with twz-cc\n", path);
		close(fd);
		return 1;
	}
	const uint8_t *img = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (img == MAP_FAILED) {
		fprintf(stderr, "twz abi: cannot read %s: %s\n", path, strerror(errno));
		return 1;
	}
	const uint8_t *desc = NULL;
	uint32_t descsz = 0;
	enum elf_note_status s =
		elf_find_note(img, (size_t)st.st_size, TWZRT_ABI_NOTE_NAME, TWZRT_ABI_NOTE_TYPE, &desc, &descsz);
	int rc = 1;
	if (s == ELF_NOTE_FOUND && descsz >= 12) {
		struct twzrt_abi_version v;
		memcpy(&v, desc, 12);
		struct twzrt_abi_version ours = { TWZ_RT_ABI_VERSION_MAJOR, TWZ_RT_ABI_VERSION_MINOR,
						  TWZ_RT_ABI_VERSION_PATCH };
		printf("%s: twzrt ABI %u.%u.%u%s\n", path, v.major, v.minor, v.patch,
		       twzrt_abi_compatible(v, ours) ? "" : " (incompatible with this twz's ABI " TWZ_RT_ABI_VERSION ")");
		rc = 0;
	} else if (s == ELF_NOTE_FOUND) {
		fprintf(stderr, "twz abi: %s: the twzrt ABI note is too short (%u bytes)\n"
				"  fix: rebuild it with twz-cc\n", path, descsz);
	} else {
		fprintf(stderr, "twz abi: %s: %s\n  fix: %s\n", path, elf_note_status_str(s),
			s == ELF_NOTE_ABSENT ? "rebuild it with twz-cc" : "give the path of a program or library");
	}
	munmap((void *)img, (size_t)st.st_size);
	return rc;
}

int cmd_abi(int argc, char **argv)
{
	if (argc < 1) {
		fprintf(stderr, "twz abi: no file given\n  fix: twz abi FILE...\n");
		return 2;
	}
	int rc = 0;
	for (int i = 0; i < argc; i++)
		rc |= show_one(argv[i]);
	return rc;
}
