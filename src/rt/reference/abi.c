/* The load-time ABI check: every image carries the twzrt ABI note (include/twzrt/abi.h) and must have
 * been built for an ABI this runtime provides. */
#include <twzrt/abi.h>
#include "ld.h"

#define NOTE_READ_MAX 65536 /* a PT_NOTE larger than this is searched in its first 64 KiB only */

static const struct twzrt_abi_version provided = {TWZ_RT_ABI_VERSION_MAJOR, TWZ_RT_ABI_VERSION_MINOR,
						  TWZ_RT_ABI_VERSION_PATCH};

/* Searches the notes in buf[0..len) for ours; true and *v when found. */
static bool find_note(const unsigned char *buf, size_t len, struct twzrt_abi_version *v)
{
	size_t pos = 0;
	while (len - pos >= sizeof(Elf64_Nhdr)) {
		const Elf64_Nhdr *n = (const Elf64_Nhdr *)(buf + pos);
		size_t name_off = pos + sizeof *n;
		size_t namesz = HOST_ALIGN_UP((size_t)n->n_namesz, 4), descsz = HOST_ALIGN_UP((size_t)n->n_descsz, 4);
		if (namesz > len - name_off || descsz > len - name_off - namesz)
			return false;
		const unsigned char *name = buf + name_off, *desc = name + namesz;
		if (n->n_type == TWZRT_ABI_NOTE_TYPE && n->n_namesz == sizeof TWZRT_ABI_NOTE_NAME &&
		    !memcmp(name, TWZRT_ABI_NOTE_NAME, sizeof TWZRT_ABI_NOTE_NAME) && n->n_descsz >= 12) {
			memcpy(&v->major, desc, 4);
			memcpy(&v->minor, desc + 4, 4);
			memcpy(&v->patch, desc + 8, 4);
			return true;
		}
		pos = name_off + namesz + descsz;
	}
	return false;
}

/* The verdict once the notes were searched: found (and *v) or not. */
static int judge(const char *path, bool found, const struct twzrt_abi_version *v)
{
	if (!found) {
		const char *allow = host_getenv("TWZ_ALLOW_NO_ABI_NOTE");
		if (allow && allow[0] == '1' && !allow[1]) {
			host_dprintf(2, "twzrt: warning: %s has no twzrt ABI note; loading it anyway "
					"(TWZ_ALLOW_NO_ABI_NOTE=1)\n", path);
			return 0;
		}
		return ld_error(LD_EXIT_ABI, "%s: no twzrt ABI note (not built with twz-cc); "
				"TWZ_ALLOW_NO_ABI_NOTE=1 loads it anyway", path);
	}
	if (!twzrt_abi_compatible(*v, provided))
		return ld_error(LD_EXIT_ABI, "%s: built for twzrt ABI %u.%u.%u, this runtime provides %u.%u.%u",
				path, v->major, v->minor, v->patch, provided.major, provided.minor, provided.patch);
	return 0;
}

int ld_check_abi(const struct ld_file *f, const Elf64_Phdr *ph, size_t phnum)
{
	struct twzrt_abi_version v;
	bool found = false;
	for (size_t i = 0; i < phnum && !found; i++) {
		if (ph[i].p_type != PT_NOTE || ph[i].p_filesz < sizeof(Elf64_Nhdr))
			continue;
		size_t len = ph[i].p_filesz < NOTE_READ_MAX ? ph[i].p_filesz : NOTE_READ_MAX;
		if (ph[i].p_offset <= f->head_len && len <= f->head_len - ph[i].p_offset && !(ph[i].p_offset % 4)) {
			found = find_note(f->head + ph[i].p_offset, len, &v);
			continue;
		}
		unsigned char *buf = ld_alloc(len);
		if (!buf)
			return -1;
		if (host_pread(f->fd, buf, len, ph[i].p_offset) == (long)len)
			found = find_note(buf, len, &v);
		ld_free(buf, len);
	}
	return judge(f->path, found, &v);
}

/* The PT_LOAD whose file part holds [off, off + len) of the file, or NULL. */
static const Elf64_Phdr *load_holding(const Elf64_Phdr *ph, size_t phnum, uint64_t off, uint64_t len)
{
	for (size_t i = 0; i < phnum; i++)
		if (ph[i].p_type == PT_LOAD && off >= ph[i].p_offset && len <= ph[i].p_filesz &&
		    off - ph[i].p_offset <= ph[i].p_filesz - len)
			return &ph[i];
	return NULL;
}

int ld_check_abi_mapped(const char *path, uintptr_t bias, const Elf64_Phdr *ph, size_t phnum)
{
	struct twzrt_abi_version v;
	bool found = false;
	for (size_t i = 0; i < phnum && !found; i++) {
		if (ph[i].p_type != PT_NOTE || ph[i].p_filesz < sizeof(Elf64_Nhdr))
			continue;
		size_t len = ph[i].p_filesz < NOTE_READ_MAX ? ph[i].p_filesz : NOTE_READ_MAX;
		const Elf64_Phdr *l = load_holding(ph, phnum, ph[i].p_offset, len);
		uintptr_t at = l ? bias + l->p_vaddr + (ph[i].p_offset - l->p_offset) : 0;
		if (!l || at % 4)
			return 1;
		found = find_note((const unsigned char *)at, len, &v);
	}
	return judge(path, found, &v);
}
