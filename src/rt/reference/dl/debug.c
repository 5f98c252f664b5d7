/* The debugger interface of the System V ABI, as gdb reads it: the structure _r_debug (found through the
 * program's DT_DEBUG entry, or by name) heads the link_map chain of every loaded image, and the loader
 * calls _dl_debug_state -- where gdb keeps a breakpoint -- after setting r_state to RT_ADD or RT_DELETE
 * before the list changes, and to RT_CONSISTENT after. */
#include <linux/mman.h>
#include "dl.h"

enum { RT_CONSISTENT, RT_ADD, RT_DELETE };

struct r_debug {
	int r_version;             /* protocol version: 1 */
	struct link_map *r_map;    /* the first image (the program) */
	uintptr_t r_brk;           /* address of _dl_debug_state */
	int r_state;               /* RT_CONSISTENT, RT_ADD or RT_DELETE */
	uintptr_t r_ldbase;        /* load address of the loader (libtwz_rt.so) */
};

RT_EXPORT struct r_debug _r_debug;

/* The hook in the kernel's copy of the runtime when the runtime moved itself into a slot, else 0: gdb
 * finds the hook through the interpreter's load address the kernel reported (AT_BASE), so the call must
 * go there. That copy's code is the same `ret`. */
static uintptr_t old_hook;

/* The breakpoint hook: does nothing, but must stay a real, separate function. */
RT_EXPORT __attribute__((noinline, used)) void _dl_debug_state(void)
{
	__asm__ volatile("" ::: "memory");
}

/* Points the program's DT_DEBUG entry at _r_debug (once). The entry usually lies in RELRO, read-only
 * by now: its page is made writable for the store and read-only again. */
static void set_dt_debug(void)
{
	static bool done;
	struct ld_obj *p = ld.program;
	if (done || !p || !p->dynamic)
		return;
	done = true;
	for (Elf64_Dyn *d = p->dynamic; d->d_tag != DT_NULL; d++) {
		if (d->d_tag != DT_DEBUG)
			continue;
		uintptr_t a = (uintptr_t)&d->d_un.d_ptr;
		bool writable = false;
		for (size_t i = 0; i < p->phnum; i++) {
			const Elf64_Phdr *ph = &p->phdr[i];
			uintptr_t lo = p->bias + ph->p_vaddr;
			if (ph->p_type == PT_LOAD && a >= lo && a - lo < ph->p_memsz)
				writable = ph->p_flags & PF_W;
		}
		if (p->relro_done && a >= p->relro_start && a < p->relro_end)
			writable = false;
		void *page = (void *)(a & ~(HOST_PAGE_SIZE - 1));
		if (!writable && host_mprotect(page, HOST_PAGE_SIZE, PROT_READ | PROT_WRITE) != 0)
			return;
		d->d_un.d_ptr = (uintptr_t)&_r_debug;
		if (!writable)
			host_mprotect(page, HOST_PAGE_SIZE, PROT_READ);
		return;
	}
}

uintptr_t dl_debug_keep_old_hook(uintptr_t old_bias, uintptr_t new_bias)
{
	old_hook = (uintptr_t)&_dl_debug_state - new_bias + old_bias;
	ld_debug("debugger hook kept at 0x%lx (the runtime moved from 0x%lx to 0x%lx)", (unsigned long)old_hook,
		 (unsigned long)old_bias, (unsigned long)new_bias);
	return old_hook & ~(HOST_PAGE_SIZE - 1);
}

void ld_dl_notify(int state)
{
	_r_debug.r_version = 1;
	_r_debug.r_map = ld.head ? &ld.head->lm : NULL;
	_r_debug.r_brk = old_hook ? old_hook : (uintptr_t)&_dl_debug_state;
	_r_debug.r_ldbase = ld.runtime ? ld.runtime->bias : 0;
	_r_debug.r_state = state == LD_NOTIFY_ADD ? RT_ADD : state == LD_NOTIFY_DELETE ? RT_DELETE : RT_CONSISTENT;
	set_dt_debug();
	ld_debug("debugger hook: state %d, calling 0x%lx", _r_debug.r_state, (unsigned long)_r_debug.r_brk);
	((void (*)(void))_r_debug.r_brk)();
}
