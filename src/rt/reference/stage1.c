/* Stage 1 of start-up: the runtime relocates itself, creates the slot arena and moves itself into it.
 *
 * Where the images live. The program stays where the kernel mapped it: the arena is reserved around it,
 * so that it occupies slot(s) of its own without moving (debuggers take its address from the kernel's
 * copy of the auxiliary vector, which a process cannot change, so a moved program would be invisible to
 * gdb); only if something is in the way is it re-mapped into a fresh slot. Libraries are mapped into
 * fresh slots. The runtime: the kernel mapped libtwz_rt.so wherever it liked; stage 1 maps a second copy
 * of the same file into a slot, relocates it, and continues in that copy's stage 2, which unmaps this
 * one (the arena handed over with host_slots_export/adopt) but for the one page holding gdb's
 * breakpoint hook (dl/debug.c). If the copy cannot be made (or TWZ_LD_NO_MOVE=1), stage 2 runs here
 * instead and the runtime stays where the kernel put it, outside the arena. */
#include "stage.h"

extern const Elf64_Ehdr __ehdr_start __attribute__((visibility("hidden")));
extern Elf64_Dyn _DYNAMIC[] __attribute__((visibility("hidden")));

/* The runtime's own file: the program's PT_INTERP, or the command that ran us directly. */
static const char *self_path(bool direct)
{
	if (direct || !host_boot.phdr || host_boot.phent != sizeof(Elf64_Phdr))
		return host_boot.execfn;
	const Elf64_Phdr *ph = host_boot.phdr;
	uintptr_t bias = 0;
	bool have_bias = false;
	for (size_t i = 0; i < host_boot.phnum; i++) {
		if (ph[i].p_type == PT_PHDR) {
			bias = (uintptr_t)ph - ph[i].p_vaddr;
			have_bias = true;
		}
	}
	for (size_t i = 0; have_bias && i < host_boot.phnum; i++)
		if (ph[i].p_type == PT_INTERP)
			return (const char *)(bias + ph[i].p_vaddr);
	return NULL;
}

/* The span of the program the kernel mapped (interpreter mode only): false when unknown. */
static bool program_span(struct ld_handoff *h, uintptr_t *lo, uintptr_t *hi)
{
	const Elf64_Phdr *ph = host_boot.phdr;
	if (h->direct || !ph || host_boot.phent != sizeof(Elf64_Phdr))
		return false;
	bool have_bias = false;
	for (size_t i = 0; i < host_boot.phnum; i++) {
		if (ph[i].p_type == PT_PHDR) {
			h->program_bias = (uintptr_t)ph - ph[i].p_vaddr;
			have_bias = true;
		}
	}
	*lo = UINTPTR_MAX;
	*hi = 0;
	for (size_t i = 0; have_bias && i < host_boot.phnum; i++) {
		if (ph[i].p_type != PT_LOAD || !ph[i].p_memsz)
			continue;
		uintptr_t a = h->program_bias + ph[i].p_vaddr, b = a + ph[i].p_memsz;
		if (a < *lo)
			*lo = a;
		if (b > *hi)
			*hi = b;
	}
	return have_bias && *lo < *hi;
}

long ld_arena_init(struct ld_handoff *h)
{
	uintptr_t lo, hi;
	h->arena = true;
	if (program_span(h, &lo, &hi) && host_slots_init_around(lo, hi) == 0) {
		h->program_in_arena = true;
		return 0;
	}
	return host_slots_init(0);
}

/* Maps and relocates the second copy; true when stage 2 can run there. */
static bool make_copy(struct ld_handoff *h)
{
	const char *stay = host_getenv("TWZ_LD_NO_MOVE");
	if ((stay && stay[0] == '1') || !h->self_path || ld_arena_init(h) < 0)
		return false;
	struct ld_file f;
	int r = ld_file_open(h->self_path, &f);
	if (r == 0) {
		r = ld_map_raw(&f, &h->self, h->ph, LD_MAX_PHNUM, false);
		ld_file_close(&f);
	} else if (r == -2) {
		r = ld_error(LD_EXIT_NOT_FOUND, "%s: cannot open", h->self_path);
	}
	if (r < 0) {
		host_dprintf(2, "twzrt: warning: runtime stays outside the slot arena: %s\n", ld_error_msg());
		return false;
	}
	if (ld_relocate_self(h->self.bias, h->self.dynamic) < 0)
		return false; /* cannot happen: this copy relocated itself from the same file */
	return host_slots_export(&h->slots);
}

/* Stage 1a runs with nothing relocated: it may use only its arguments, the stack, PC-relative addresses
 * (hidden symbols) and direct calls into ld_relocate_self, which obeys the same rule. Stage 1b, after
 * the self-relocation, may use globals and the host layer, but there is no thread pointer (no TCB, so no
 * allocator and no TLS) yet. */
_Noreturn void ld_stage1(uintptr_t *sp)
{
	uintptr_t base = (uintptr_t)&__ehdr_start;
	if (ld_relocate_self(base, _DYNAMIC) < 0) {
		static const char msg[] = "twzrt: the runtime has relocations other than RELATIVE\n";
		host_write_all(2, msg, sizeof msg - 1);
		host_process_exit(LD_EXIT_NOT_FOUND);
	}

	/* Stage 1b. */
	host_boot_init(sp);
	struct ld_handoff h;
	memset(&h, 0, sizeof h);
	h.sp = sp;
	h.old_bias = base;
	h.direct = host_boot.entry == (uintptr_t)&_twz_rt_start;
	h.self_path = self_path(h.direct);
	if (make_copy(&h)) {
		h.moved = true;
		void (*stage2)(struct ld_handoff *) =
		    (void (*)(struct ld_handoff *))((uintptr_t)&ld_stage2 - base + h.self.bias);
		stage2(&h);
	}
	ld_stage2(&h);
}
