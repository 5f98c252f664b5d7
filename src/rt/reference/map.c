/* From a file to a mapped image in a slot of its own: the only part of the loader that maps files.
 *
 * Every number in the ELF header and program headers is checked against the file's own size before it
 * is used; segments must be page-congruent, ascending and non-overlapping, and the whole image (plus the
 * null page below it) must fit one slot. Read-only segments are MAP_PRIVATE file mappings (the page
 * cache stays shared), writable ones too (copy on write); bss is zeroed and anonymous. An ordinary
 * layout (segments following each other in the file as in memory) is one mapping of the file, then one
 * mprotect per segment that is not read-only: fewer calls that split the slot's reservation. */
#include "../core/fd/fd.h"
#include "ld.h"
#include <linux/fcntl.h>
#include <linux/mman.h>
#include <linux/stat.h>

#define PAGE HOST_PAGE_SIZE
#define PAGE_DOWN(x) ((x) & ~(uint64_t)(PAGE - 1))
#define PAGE_UP(x) HOST_ALIGN_UP((uint64_t)(x), PAGE)
#define SLOT_ROOM (HOST_SLOT_SIZE - HOST_OBJ_NULLPAGE - HOST_PAGE_SIZE) /* minus null and meta page */
#define MAX_ALIGN (HOST_SLOT_SIZE / 4)

static int prot_of(uint32_t pf)
{
	return ((pf & PF_R) ? PROT_READ : 0) | ((pf & PF_W) ? PROT_WRITE : 0) | ((pf & PF_X) ? PROT_EXEC : 0);
}

bool ld_in_image(const struct ld_obj *o, uint64_t vaddr, uint64_t len)
{
	for (size_t i = 0; i < o->phnum; i++) {
		const Elf64_Phdr *ph = &o->phdr[i];
		if (ph->p_type == PT_LOAD && vaddr >= ph->p_vaddr && len <= ph->p_memsz &&
		    vaddr - ph->p_vaddr <= ph->p_memsz - len)
			return true;
	}
	return false;
}

/* The ELF header's checks. */
static int check_ehdr(const char *path, const Elf64_Ehdr *eh, uint64_t fsize)
{
	if (fsize < sizeof *eh || memcmp(eh->e_ident, ELFMAG, SELFMAG))
		return ld_error(LD_EXIT_NOT_FOUND, "%s: not an ELF file", path);
	if (eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_ident[EI_DATA] != ELFDATA2LSB ||
	    eh->e_machine != EM_X86_64)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: not an x86-64 ELF file", path);
	if (eh->e_type != ET_DYN)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: not position-independent (ELF type %u)", path,
				eh->e_type);
	if (eh->e_phentsize != sizeof(Elf64_Phdr))
		return ld_error(LD_EXIT_NOT_FOUND, "%s: bad program header size %u", path, eh->e_phentsize);
	if (eh->e_phnum == 0 || eh->e_phnum > LD_MAX_PHNUM)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: absurd program header count %u", path, eh->e_phnum);
	if (eh->e_phoff > fsize || (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr) > fsize - eh->e_phoff)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: truncated (program headers past the end of the file)",
				path);
	return 0;
}

/* Layout facts gathered from the program headers. */
struct layout {
	uint64_t lo, hi;  /* page-aligned span of the PT_LOAD segments, link-time */
	uint64_t align;   /* largest PT_LOAD alignment (at least a page) */
	const Elf64_Phdr *dynamic, *tls, *relro;
};

static int check_phdrs(const char *path, const Elf64_Phdr *ph, size_t n, uint64_t fsize, struct layout *l)
{
	*l = (struct layout){.lo = UINT64_MAX, .align = PAGE};
	uint64_t prev_end = 0;
	size_t nload = 0;
	for (size_t i = 0; i < n; i++) {
		const Elf64_Phdr *p = &ph[i];
		if (p->p_type == PT_LOAD || p->p_type == PT_DYNAMIC || p->p_type == PT_TLS ||
		    p->p_type == PT_NOTE) {
			if (p->p_filesz > p->p_memsz && p->p_type != PT_NOTE)
				return ld_error(LD_EXIT_NOT_FOUND, "%s: segment %zu: file size above memory size",
						path, i);
			if (p->p_offset > fsize || p->p_filesz > fsize - p->p_offset)
				return ld_error(LD_EXIT_NOT_FOUND, "%s: truncated (segment %zu past the end of the file)",
						path, i);
			if (p->p_vaddr + p->p_memsz < p->p_vaddr || p->p_vaddr + p->p_memsz > (1ULL << 46))
				return ld_error(LD_EXIT_NOT_FOUND, "%s: segment %zu: bad address range", path, i);
		}
		switch (p->p_type) {
		case PT_LOAD:
			if (p->p_memsz == 0)
				continue;
			if ((p->p_vaddr - p->p_offset) % PAGE)
				return ld_error(LD_EXIT_NOT_FOUND, "%s: segment %zu: offset and address not congruent",
						path, i);
			if (p->p_align & (p->p_align - 1))
				return ld_error(LD_EXIT_NOT_FOUND, "%s: segment %zu: bad alignment", path, i);
			if (nload && PAGE_DOWN(p->p_vaddr) < prev_end)
				return ld_error(LD_EXIT_NOT_FOUND, "%s: overlapping or unordered segments (%zu)", path, i);
			prev_end = PAGE_UP(p->p_vaddr + p->p_memsz);
			if (nload++ == 0)
				l->lo = PAGE_DOWN(p->p_vaddr);
			l->hi = prev_end;
			if (p->p_align > l->align)
				l->align = p->p_align;
			break;
		case PT_DYNAMIC:
			l->dynamic = p;
			break;
		case PT_TLS:
			if (p->p_align & (p->p_align - 1))
				return ld_error(LD_EXIT_NOT_FOUND, "%s: bad TLS alignment", path);
			l->tls = p;
			break;
		case PT_GNU_RELRO:
			l->relro = p;
			break;
		default:
			break;
		}
	}
	if (!nload)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: no loadable segment", path);
	if (!l->dynamic)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: missing dynamic section (a static program?)", path);
	if (l->align > MAX_ALIGN)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: absurd segment alignment 0x%llx", path,
				(unsigned long long)l->align);
	return 0;
}

/* Whether PT_LOAD q can share one mapping of the file with the PT_LOAD p before it: the same
 * address-to-offset distance, q's pages right after p's, and no memory beyond p's last file page. */
static bool follows(const Elf64_Phdr *p, const Elf64_Phdr *q)
{
	return q->p_filesz && p->p_vaddr - p->p_offset == q->p_vaddr - q->p_offset &&
	       PAGE_UP(p->p_vaddr + p->p_memsz) == PAGE_UP(p->p_vaddr + p->p_filesz) &&
	       PAGE_DOWN(q->p_vaddr) == PAGE_UP(p->p_vaddr + p->p_filesz);
}

/* Maps one PT_LOAD of the file fd at bias; when `mapped`, its file part is in place already (read-only,
 * from one_mapping) and only gets its protection. */
static int map_segment(const char *path, int fd, const Elf64_Phdr *p, uintptr_t bias, bool mapped)
{
	int prot = prot_of(p->p_flags);
	uintptr_t start = PAGE_DOWN(bias + p->p_vaddr);
	uintptr_t file_end = bias + p->p_vaddr + p->p_filesz;
	uintptr_t mem_end = PAGE_UP(bias + p->p_vaddr + p->p_memsz);
	bool bss = p->p_memsz > p->p_filesz;
	int file_prot = prot | (bss ? PROT_WRITE : 0);
	if (mapped && file_prot != PROT_READ) {
		long r = host_mprotect((void *)start, PAGE_UP(file_end) - start, file_prot);
		if (r < 0)
			return ld_error(LD_EXIT_NOT_FOUND, "%s: cannot protect a segment (error %ld)", path, -r);
	} else if (!mapped && p->p_filesz) {
		void *m = host_mmap((void *)start, PAGE_UP(file_end) - start, file_prot, MAP_PRIVATE | MAP_FIXED, fd,
				    (long)PAGE_DOWN(p->p_offset));
		if (host_is_err((long)m))
			return ld_error(LD_EXIT_NOT_FOUND, "%s: cannot map a segment (error %ld)", path, -(long)m);
	}
	if (!bss)
		return 0;
	uintptr_t zero_from = p->p_filesz ? file_end : start;
	if (p->p_filesz && zero_from % PAGE) {
		memset((void *)zero_from, 0, PAGE - zero_from % PAGE);
		if (!(prot & PROT_WRITE))
			host_mprotect((void *)start, PAGE_UP(file_end) - start, prot);
	}
	uintptr_t anon = p->p_filesz ? PAGE_UP(file_end) : start;
	if (mem_end > anon) {
		void *m = host_mmap((void *)anon, mem_end - anon, prot, MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS, -1, 0);
		if (host_is_err((long)m))
			return ld_error(LD_EXIT_NOT_FOUND, "%s: cannot map bss (error %ld)", path, -(long)m);
	}
	return 0;
}

/* Maps every PT_LOAD of fd at bias. A run of segments that follow each other (follows) is one
 * read-only mapping of the file, then one mprotect for each segment that is not read-only; a segment on
 * its own is one mapping with its protection. */
static int map_segments(const char *path, int fd, const Elf64_Phdr *ph, size_t n, uintptr_t bias)
{
	for (size_t i = 0; i < n;) {
		if (ph[i].p_type != PT_LOAD || !ph[i].p_memsz) {
			i++;
			continue;
		}
		size_t j = i, last = i, len = 1; /* the run: ph[i..last], len segments */
		while (ph[i].p_filesz && ++j < n) {
			if (ph[j].p_type != PT_LOAD || !ph[j].p_memsz)
				continue;
			if (!follows(&ph[last], &ph[j]))
				break;
			last = j;
			len++;
		}
		if (len > 1) {
			uintptr_t start = PAGE_DOWN(bias + ph[i].p_vaddr);
			uintptr_t end = PAGE_UP(bias + ph[last].p_vaddr + ph[last].p_filesz);
			void *m = host_mmap((void *)start, end - start, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd,
					    (long)PAGE_DOWN(ph[i].p_offset));
			if (host_is_err((long)m))
				return ld_error(LD_EXIT_NOT_FOUND, "%s: cannot map (error %ld)", path, -(long)m);
		}
		for (j = i; j <= last; j++)
			if (ph[j].p_type == PT_LOAD && ph[j].p_memsz &&
			    map_segment(path, fd, &ph[j], bias, len > 1) < 0)
				return -1;
		i = last + 1;
	}
	return 0;
}

/* The program headers as the image maps them, when a PT_LOAD's file part covers them. */
static const Elf64_Phdr *mapped_phdrs(const Elf64_Phdr *ph, size_t n, uint64_t phoff, uintptr_t bias)
{
	uint64_t len = n * sizeof *ph;
	for (size_t i = 0; i < n; i++)
		if (ph[i].p_type == PT_LOAD && phoff >= ph[i].p_offset && len <= ph[i].p_filesz &&
		    phoff - ph[i].p_offset <= ph[i].p_filesz - len)
			return (const Elf64_Phdr *)(bias + ph[i].p_vaddr + (phoff - ph[i].p_offset));
	return NULL;
}

/* Span, TLS and RELRO from the header table the object keeps (l: the span, or NULL to keep it). */
static void fill_layout(struct ld_obj *o, const Elf64_Phdr *ph, size_t n, const struct layout *l)
{
	if (l) {
		o->start = o->bias + l->lo;
		o->end = o->bias + l->hi;
	}
	o->tls_ph = NULL;
	for (size_t i = 0; i < n; i++) {
		if (ph[i].p_type == PT_TLS) {
			o->tls_ph = &ph[i];
		} else if (ph[i].p_type == PT_GNU_RELRO) {
			o->relro_start = PAGE_DOWN(o->bias + ph[i].p_vaddr);
			o->relro_end = PAGE_DOWN(o->bias + ph[i].p_vaddr + ph[i].p_memsz);
		}
	}
}

/* Undoes a partial ld_map_raw: the slot back to reserved and free. */
static void drop_slot(void *slot)
{
	host_slot_reset(slot);
	host_slot_free(slot);
}

int ld_file_open(const char *path, struct ld_file *f)
{
	f->path = path;
	f->head_len = 0;
	long fd = host_openat(HOST_AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	f->fd = (int)fd;
	if (fd == -ENOENT || fd == -ENOTDIR || fd == -EISDIR)
		return -2;
	if (fd < 0)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: cannot open (error %ld)", path, -fd);
	if (host_fstatat(f->fd, NULL, &f->st, false) < 0 || (f->st.mode & S_IFMT) != S_IFREG) {
		ld_file_close(f);
		return -2;
	}
	uint64_t want = f->st.size < LD_HEAD_MAX ? f->st.size : LD_HEAD_MAX;
	long n = want ? host_pread(f->fd, f->head, want, 0) : 0;
	if (n != (long)want) {
		ld_file_close(f);
		return ld_error(LD_EXIT_NOT_FOUND, "%s: cannot read", path);
	}
	f->head_len = (size_t)want;
	return 0;
}

void ld_file_close(struct ld_file *f)
{
	if (f->fd >= 0)
		host_close(f->fd);
	f->fd = -1;
}

int ld_map_raw(const struct ld_file *f, struct ld_obj *o, Elf64_Phdr *ph, size_t phcap, bool check_abi)
{
	const char *path = f->path;
	int fd = f->fd;
	void *slot = NULL;
	Elf64_Ehdr eh;
	struct layout l;
	memset(&eh, 0, sizeof eh);
	if (f->head_len >= sizeof eh)
		memcpy(&eh, f->head, sizeof eh);
	if (check_ehdr(path, &eh, f->st.size) < 0)
		goto fail;
	if (eh.e_phnum > phcap) {
		ld_error(LD_EXIT_NOT_FOUND, "%s: too many program headers", path);
		goto fail;
	}
	size_t ph_len = eh.e_phnum * sizeof *ph;
	if (eh.e_phoff + ph_len <= f->head_len) {
		memcpy(ph, f->head + eh.e_phoff, ph_len);
	} else if (host_pread(fd, ph, ph_len, eh.e_phoff) != (long)ph_len) {
		ld_error(LD_EXIT_NOT_FOUND, "%s: cannot read the program headers", path);
		goto fail;
	}
	if (check_phdrs(path, ph, eh.e_phnum, f->st.size, &l) < 0)
		goto fail;
	if (check_abi && ld_check_abi(f, ph, eh.e_phnum) < 0)
		goto fail;
	uint64_t off = HOST_ALIGN_UP(HOST_OBJ_NULLPAGE, l.align);
	if (l.hi - l.lo > SLOT_ROOM - (off - HOST_OBJ_NULLPAGE)) {
		ld_error(LD_EXIT_NOT_FOUND, "%s: image of %llu MiB does not fit a 1 GiB slot", path,
			 (unsigned long long)((l.hi - l.lo) >> 20));
		goto fail;
	}
	if (!(slot = host_slot_alloc())) {
		ld_error(LD_EXIT_NOT_FOUND, "%s: no free slot for the image", path);
		goto fail;
	}
	o->slot = slot;
	o->nslots = 1;
	o->bias = (uintptr_t)slot + off - l.lo;
	o->entry = eh.e_entry ? o->bias + eh.e_entry : 0;
	if (map_segments(path, fd, ph, eh.e_phnum, o->bias) < 0)
		goto fail;
	o->phnum = eh.e_phnum;
	o->phdr = mapped_phdrs(ph, eh.e_phnum, eh.e_phoff, o->bias);
	if (!o->phdr)
		o->phdr = ph; /* the caller keeps ph alive (ld_map_image copies it) */
	fill_layout(o, o->phdr, o->phnum, &l);
	o->dev = f->st.dev;
	o->ino = f->st.ino;
	o->path = (char *)path;
	o->dynamic = (Elf64_Dyn *)(o->bias + l.dynamic->p_vaddr);
	o->lm.ld = o->dynamic;
	if (!ld_in_image(o, l.dynamic->p_vaddr, l.dynamic->p_memsz) || l.dynamic->p_memsz < sizeof(Elf64_Dyn)) {
		ld_error(LD_EXIT_NOT_FOUND, "%s: dynamic section outside the image", path);
		goto fail;
	}
	if (ld_decode_dyn(o) < 0)
		goto fail;
	ld_debug("mapped %s at %p (bias 0x%lx)", path, (void *)o->start, (unsigned long)o->bias);
	return 0;
fail:
	if (slot)
		drop_slot(slot);
	o->slot = NULL;
	return -1;
}

struct ld_obj *ld_map_image(const struct ld_file *f, const char *name)
{
	Elf64_Phdr ph[LD_MAX_PHNUM];
	struct ld_obj *o = ld_alloc(sizeof *o);
	if (!o)
		return NULL;
	if (ld_map_raw(f, o, ph, LD_MAX_PHNUM, true) < 0) {
		ld_free(o, sizeof *o);
		return NULL;
	}
	o->path = NULL;
	if (o->phdr == ph) {
		if (!(o->phdr_copy = ld_alloc(o->phnum * sizeof *ph)))
			goto fail_mapped;
		memcpy(o->phdr_copy, ph, o->phnum * sizeof *ph);
		o->phdr = o->phdr_copy;
		fill_layout(o, o->phdr, o->phnum, NULL);
	}
	o->path = ld_strdup(f->path);
	o->name = ld_strdup(name ? name : f->path);
	if (!o->path || !o->name)
		goto fail_mapped;
	rt_objs_note_borrowed(o->slot, rt_fd_host_id(o->dev, o->ino), MAP_FLAG_R | MAP_FLAG_X);
	return o;
fail_mapped:
	ld_unmap_image(o);
	return NULL;
}

struct ld_obj *ld_adopt_image(uintptr_t bias, const Elf64_Phdr *ph, size_t phnum, uintptr_t entry,
			      const char *path, const char *name, bool check_abi)
{
	struct ld_obj *o = ld_alloc(sizeof *o);
	if (!o)
		return NULL;
	o->bias = bias;
	o->phdr = ph;
	o->phnum = phnum;
	o->entry = entry;
	o->start = UINTPTR_MAX;
	const Elf64_Phdr *dyn = NULL;
	for (size_t i = 0; i < phnum; i++) {
		if (ph[i].p_type == PT_LOAD && ph[i].p_memsz) {
			if (PAGE_DOWN(bias + ph[i].p_vaddr) < o->start)
				o->start = PAGE_DOWN(bias + ph[i].p_vaddr);
			if (PAGE_UP(bias + ph[i].p_vaddr + ph[i].p_memsz) > o->end)
				o->end = PAGE_UP(bias + ph[i].p_vaddr + ph[i].p_memsz);
		} else if (ph[i].p_type == PT_DYNAMIC) {
			dyn = &ph[i];
		}
	}
	fill_layout(o, ph, phnum, NULL);
	o->path = ld_strdup(path);
	o->name = ld_strdup(name ? name : path);
	if (!o->path || !o->name)
		goto fail;
	if (!dyn || o->start > o->end) {
		ld_error(LD_EXIT_NOT_FOUND, "%s: missing dynamic section (a static program?)", path);
		goto fail;
	}
	o->dynamic = (Elf64_Dyn *)(bias + dyn->p_vaddr);
	o->lm.ld = o->dynamic;
	/* The note where the kernel mapped it; the file only for its identity (and a note outside). */
	struct host_stat st;
	if (host_fstatat(HOST_AT_FDCWD, path, &st, false) == 0) {
		o->dev = st.dev;
		o->ino = st.ino;
	}
	int r = check_abi ? ld_check_abi_mapped(path, bias, ph, phnum) : 0;
	if (r > 0) {
		struct ld_file *f = ld_alloc(sizeof *f);
		r = !f ? -1 : ld_file_open(path, f);
		if (r == -2)
			r = ld_error(LD_EXIT_NOT_FOUND, "%s: cannot open", path);
		if (r == 0) {
			r = ld_check_abi(f, ph, phnum);
			ld_file_close(f);
		}
		ld_free(f, sizeof *f);
	}
	if (r < 0 || ld_decode_dyn(o) < 0)
		goto fail;
	o->slot = host_slot_base_of((const void *)o->start);
	if (o->slot) {
		o->nslots = (HOST_ALIGN_UP(o->end, HOST_SLOT_SIZE) - (uintptr_t)o->slot) >> HOST_SLOT_SHIFT;
		rt_objs_note_borrowed(o->slot, rt_fd_host_id(o->dev, o->ino), MAP_FLAG_R | MAP_FLAG_X);
	}
	return o;
fail:
	ld_free_str(o->path);
	ld_free_str((char *)o->name);
	ld_free(o, sizeof *o);
	return NULL;
}

void ld_unmap_image(struct ld_obj *o)
{
	if (o->slot) {
		rt_objs_note_borrowed(o->slot, 0, 0);
		for (size_t i = 0; i < o->nslots; i++) {
			void *s = (char *)o->slot + i * HOST_SLOT_SIZE;
			host_slot_reset(s);
			host_slot_free(s);
		}
	}
	if (o->phdr_copy)
		ld_free(o->phdr_copy, o->phnum * sizeof *o->phdr_copy);
	ld_free(o->deps, o->ndeps * sizeof *o->deps);
	ld_free_str(o->path);
	ld_free_str((char *)o->name);
	ld_free(o, sizeof *o);
}
