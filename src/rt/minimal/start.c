/* Start-up of a static program, from _start to twz_rt_runtime_entry. Lean on purpose: no allocation,
 * no large zeroing; the main thread's TLS lives in .bss when it fits. */
#include "../core/thread/thread.h"
#include "../core/tls/tls.h"
#include "minimal.h"
#include <linux/mman.h>

#define MAIN_TLS_STATIC 2048 /* bytes of .bss for the main thread's TLS area and TCB */

static _Alignas(64) unsigned char main_tls[MAIN_TLS_STATIC];

_Noreturn void rt_min_fail(const char *msg)
{
	host_write_all(2, msg, host_strlen(msg));
	host_process_exit(127);
}

/* Registers the program's PT_TLS and builds the main thread's TLS area and TCB (not yet installed). */
static struct rt_tcb *main_tcb(void)
{
	const Elf64_Phdr *tls = rt_min_program.tls;
	if (tls) {
		rt_min_program.tls_modid =
		    rt_tls_add_static((const void *)(rt_min_program.bias + tls->p_vaddr), tls->p_filesz,
				      tls->p_memsz, tls->p_align ? tls->p_align : 1);
		if (!rt_min_program.tls_modid)
			rt_min_fail("twzrt: start: unusable PT_TLS\n");
	}
	void *area = main_tls;
	size_t len = rt_tls_area_size();
	if (len > sizeof main_tls) {
		area = host_mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (host_is_err((long)area))
			rt_min_fail("twzrt: start: cannot map the main thread's TLS\n");
	} else {
		len = sizeof main_tls;
	}
	return rt_tls_area_init(area, len, true);
}

_Noreturn void rt_min_start(uintptr_t *sp, struct basic_return (*std_entry)(struct basic_aux), uintptr_t main)
{
	host_boot_init(sp);
	rt_min_program_set(host_boot.phdr, host_boot.phnum);
	struct rt_tcb *tcb = main_tcb();
	rt_thread_init_guards(tcb);
	if (host_set_thread_pointer(tcb) < 0)
		rt_min_fail("twzrt: start: cannot set the thread pointer\n");
	rt_thread_init_main(tcb);
	host_clock_init();
	rt_fd_init_stdio();
	rt_upcall_init();

	struct minimal_init_info min = {(void *)host_boot.phdr, host_boot.phnum};
	struct runtime_info info = {
	    .kind = RUNTIME_INIT_MIN,
	    .args = host_boot.argv,
	    .argc = (size_t)host_boot.argc,
	    .envp = host_boot.envp,
	    .entry = host_boot.entry,
	    .init_info.min = &min,
	};
	twz_rt_runtime_entry(&info, std_entry, main);
}
