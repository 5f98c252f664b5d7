/* Stage 2 of start-up: from a relocated runtime to the program's entry point.
 *
 *   1. the host layer (boot data, the slot arena taken over from stage 1) and the kernel's copy of the
 *      runtime unmapped;
 *   2. a placeholder TCB without TLS, so that the allocator (which finds its per-thread cache through the
 *      TCB) works for the loader;
 *   3. the program: left where the kernel mapped it when the arena could be placed around it (see
 *      stage1.c), else mapped into a slot (the kernel's copy unmapped before any of its code ran); then
 *      its DT_NEEDED libraries breadth-first, each into a slot;
 *   4. static TLS registered for every start-up image, everything relocated (eager binding), RELRO
 *      protected;
 *   5. the main thread's real TLS area and TCB, the rest of the runtime (clocks, stdio, upcalls);
 *   6. the C library's set-up hook, then constructors, dependencies first; then the program's entry with
 *      the original stack.
 * Any failure prints one line and ends the process (127: missing/malformed, 126: ABI) before step 6. */
#include "../core/fd/fd.h"
#include "../core/thread/thread.h"
#include "../core/tls/tls.h"
#include "stage.h"
#include <linux/auxvec.h>
#include <linux/mman.h>

#define PAGE_DOWN(x) ((x) & ~(uintptr_t)(HOST_PAGE_SIZE - 1))
#define PAGE_UP(x) HOST_ALIGN_UP((uintptr_t)(x), HOST_PAGE_SIZE)

/* The main thread's TCB while the loader runs (no TLS yet). */
static struct rt_tcb boot_tcb;
static void *boot_dtv[2];

/* Unmaps [lo, hi) except the page at keep. */
static void unmap_except(uintptr_t lo, uintptr_t hi, uintptr_t keep)
{
	if (keep < lo || keep >= hi) {
		host_munmap((void *)lo, hi - lo);
		return;
	}
	if (keep > lo)
		host_munmap((void *)lo, keep - lo);
	if (hi > keep + HOST_PAGE_SIZE)
		host_munmap((void *)(keep + HOST_PAGE_SIZE), hi - keep - HOST_PAGE_SIZE);
}

/* Unmaps every PT_LOAD (headers ph) of an image mapped at bias, except the page at keep (0: none);
 * segments whose pages follow each other go in one call. */
static void unmap_copy(const Elf64_Phdr *ph, size_t n, uintptr_t bias, uintptr_t keep)
{
	uintptr_t lo = 0, hi = 0; /* the run so far */
	for (size_t i = 0; i < n; i++) {
		if (ph[i].p_type != PT_LOAD || !ph[i].p_memsz)
			continue;
		uintptr_t a = PAGE_DOWN(bias + ph[i].p_vaddr), b = PAGE_UP(bias + ph[i].p_vaddr + ph[i].p_memsz);
		if (hi && a == hi) {
			hi = b;
			continue;
		}
		if (hi)
			unmap_except(lo, hi, keep);
		lo = a;
		hi = b;
	}
	if (hi)
		unmap_except(lo, hi, keep);
}

static void boot_thread(void)
{
	boot_tcb.self = &boot_tcb;
	boot_tcb.dtv = &boot_dtv[1];
	rt_thread_init_guards(&boot_tcb);
	if (host_set_thread_pointer(&boot_tcb) < 0) {
		ld_error(LD_EXIT_NOT_FOUND, "start: cannot set the thread pointer");
		ld_die();
	}
	rt_thread_init_main(&boot_tcb);
}

/* The runtime as an image: the second copy (moved) or the kernel's mapping, read from its own headers. */
static struct ld_obj *runtime_image(struct ld_handoff *h)
{
	struct ld_obj *o = ld_alloc(sizeof *o);
	if (!o)
		ld_die();
	if (h->moved) {
		*o = h->self;
		if (o->phdr == h->ph) {
			ld_error(LD_EXIT_NOT_FOUND, "%s: the runtime does not map its program headers", h->self_path);
			ld_die();
		}
		rt_objs_note_borrowed(o->slot, rt_fd_host_id(o->dev, o->ino), MAP_FLAG_R | MAP_FLAG_X);
	} else {
		const Elf64_Ehdr *eh = (const Elf64_Ehdr *)h->old_bias;
		o->bias = h->old_bias;
		o->phdr = (const Elf64_Phdr *)(h->old_bias + eh->e_phoff);
		o->phnum = eh->e_phnum;
		o->start = UINTPTR_MAX;
		for (size_t i = 0; i < o->phnum; i++) {
			const Elf64_Phdr *p = &o->phdr[i];
			if (p->p_type == PT_LOAD) {
				if (PAGE_DOWN(o->bias + p->p_vaddr) < o->start)
					o->start = PAGE_DOWN(o->bias + p->p_vaddr);
				o->end = PAGE_UP(o->bias + p->p_vaddr + p->p_memsz);
			} else if (p->p_type == PT_DYNAMIC) {
				o->dynamic = (Elf64_Dyn *)(o->bias + p->p_vaddr);
			} else if (p->p_type == PT_GNU_RELRO) {
				o->relro_start = PAGE_DOWN(o->bias + p->p_vaddr);
				o->relro_end = PAGE_DOWN(o->bias + p->p_vaddr + p->p_memsz);
			}
		}
		o->path = (char *)h->self_path;
		if (!o->dynamic || ld_decode_dyn(o) < 0)
			ld_die();
	}
	o->path = ld_strdup(h->self_path ? h->self_path : "libtwz_rt.so");
	o->name = ld_strdup(o->soname ? o->soname : "libtwz_rt.so");
	if (!o->path || !o->name)
		ld_die();
	o->is_runtime = o->global = o->nodelete = o->relocated = true;
	o->refcount = 1;
	return o;
}

/* The program's file: the command line's first argument when we were run directly (the stack shifted
 * so the program sees its own argv), else the executable the kernel started. */
static struct ld_obj *program_image(struct ld_handoff *h)
{
	char real[4096];
	const char *path, *name;
	if (h->direct) {
		if (host_boot.argc < 2) {
			host_dprintf(2, "usage: %s PROGRAM [ARGS...]\n  the twzrt loader: runs a program built with "
					"twz-cc (programs normally name it as their interpreter)\n",
				     h->self_path ? h->self_path : "libtwz_rt.so");
			host_process_exit(LD_EXIT_NOT_FOUND);
		}
		h->sp[1] = h->sp[0] - 1;
		h->sp++;
		host_boot_init(h->sp);
		path = name = host_boot.argv[0];
	} else {
		long n = host_readlinkat(HOST_AT_FDCWD, "/proc/self/exe", real, sizeof real - 1);
		name = host_boot.execfn ? host_boot.execfn : host_boot.argv[0];
		if (n > 0) {
			real[n] = 0;
			path = real;
		} else {
			path = name;
		}
	}
	struct ld_obj *o;
	if (h->program_in_arena) {
		o = ld_adopt_image(h->program_bias, host_boot.phdr, host_boot.phnum, host_boot.entry, path, name, true);
	} else {
		struct ld_file *f = ld_alloc(sizeof *f);
		int r = f ? ld_file_open(path, f) : -1;
		if (r == -2)
			ld_error(LD_EXIT_NOT_FOUND, "%s: cannot open", path);
		o = r == 0 ? ld_map_image(f, name) : NULL;
		if (f)
			ld_file_close(f);
		ld_free(f, sizeof *f);
		if (o && !h->direct) /* the kernel's copy: bias from where it said the entry is */
			unmap_copy(o->phdr, o->phnum, host_boot.entry - (o->entry - o->bias), 0);
	}
	if (!o)
		ld_die();
	if (!o->entry) {
		ld_error(LD_EXIT_NOT_FOUND, "%s: no entry point (a library?)", path);
		ld_die();
	}
	o->is_program = o->global = o->nodelete = true;
	o->refcount = 1;
	return o;
}

/* Tells the program's own view of the process (the auxiliary vector) where things are now. */
static void patch_auxv(uintptr_t *sp, const struct ld_obj *prog, const struct ld_obj *rt)
{
	for (unsigned long *av = (unsigned long *)host_boot.auxv; av[0] != AT_NULL; av += 2) {
		if (av[0] == AT_PHDR)
			av[1] = (uintptr_t)prog->phdr;
		else if (av[0] == AT_PHNUM)
			av[1] = prog->phnum;
		else if (av[0] == AT_ENTRY)
			av[1] = prog->entry;
		else if (av[0] == AT_BASE)
			av[1] = rt->bias;
	}
	host_boot_init(sp);
}

/* The main thread's real TLS area, holding every start-up module; the placeholder's state moves over. */
static void main_tls(void)
{
	size_t len = rt_tls_area_size();
	void *area = host_mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct rt_tcb *tcb = host_is_err((long)area) ? NULL : rt_tls_area_init(area, len, true);
	if (!tcb) {
		ld_error(LD_EXIT_NOT_FOUND, "start: cannot map the main thread's TLS");
		ld_die();
	}
	tcb->alloc_cache = boot_tcb.alloc_cache;
	tcb->libc_state = boot_tcb.libc_state;
	tcb->stack_guard = boot_tcb.stack_guard;
	tcb->pointer_guard = boot_tcb.pointer_guard;
	tcb->upcall_stack = boot_tcb.upcall_stack;
	if (host_set_thread_pointer(tcb) < 0) {
		ld_error(LD_EXIT_NOT_FOUND, "start: cannot set the thread pointer");
		ld_die();
	}
	rt_thread_init_main(tcb);
}

_Noreturn void ld_stage2(struct ld_handoff *h)
{
	/* Step 1: nothing of this copy has run yet; its globals are fresh. */
	host_boot_init(h->sp);
	if (h->moved) {
		if (host_slots_adopt(&h->slots) < 0) {
			ld_error(LD_EXIT_NOT_FOUND, "start: cannot take over the slot arena");
			ld_die();
		}
		/* gdb's breakpoint is in the kernel's copy of _dl_debug_state: that page stays (dl/debug.c). */
		unmap_copy(h->self.phdr, h->self.phnum, h->old_bias, dl_debug_keep_old_hook(h->old_bias, h->self.bias));
	}
	if (!h->arena && ld_arena_init(h) < 0) {
		ld_error(LD_EXIT_NOT_FOUND, "start: cannot reserve the slot arena");
		ld_die();
	}
	/* Step 2: the allocator works from here on; TLS does not. */
	boot_thread();
	ld_lock();
	struct ld_obj *rt = runtime_image(h);
	ld.runtime = rt;
	/* Step 3. */
	struct ld_obj *prog = program_image(h);
	ld.program = prog;
	ld_list_append(prog);
	if (ld_load_deps(prog) < 0)
		ld_die();
	if (!ld_listed(rt))
		ld_list_append(rt); /* the program does not name the runtime: it comes last */
	/* Step 4. */
	if (ld_link_new(prog) < 0)
		ld_die();
	ld_protect_relro(rt);
	/* Step 5. */
	ld_unlock();
	main_tls();
	host_clock_init();
	rt_fd_init_stdio();
	rt_upcall_init();
	patch_auxv(h->sp, prog, rt);
	/* Step 6. */
	ld_lock();
	if (ld_dl_notify)
		ld_dl_notify(LD_NOTIFY_CONSISTENT);
	ld_run_libc_start(prog);
	ld_run_preinit(prog);
	ld_run_init(prog);
	for (struct ld_obj *o = ld.head; o; o = o->next)
		ld_run_init(o);
	ld.started = true;
	ld_unlock();
	ld_debug("entering %s at 0x%lx", prog->path, (unsigned long)prog->entry);
	ld_enter_program(prog->entry, h->sp);
}
