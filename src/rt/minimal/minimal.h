/* The minimal runtime (static programs only): shared facts about the one loaded image. */
#ifndef TWZ_RT_MINIMAL_H
#define TWZ_RT_MINIMAL_H

#include "../core/rt.h"
#include <linux/elf.h>

/* The program, from its program headers (image.c). */
struct rt_min_program {
	const Elf64_Phdr *phdr;
	size_t phnum;
	uintptr_t bias;	       /* load bias: run-time address - link-time address (0 unless PIE) */
	uintptr_t start, end;  /* page-aligned span of the PT_LOAD segments, run-time addresses */
	const Elf64_Phdr *tls; /* PT_TLS, or NULL */
	size_t tls_modid;      /* 1 when tls, else 0 */
};
extern RT_HIDDEN struct rt_min_program rt_min_program;

/* Reads the program headers (phdr, phnum) into rt_min_program. */
RT_HIDDEN void rt_min_program_set(const void *phdr, size_t phnum);

/* Start-up (start.c), called by crt1 with the initial stack pointer: boots the host layer, gives the main
 * thread its TCB and TLS, and enters twz_rt_runtime_entry(std_entry, main). */
RT_HIDDEN _Noreturn void rt_min_start(uintptr_t *sp, struct basic_return (*std_entry)(struct basic_aux),
				      uintptr_t main);

/* Runs the program's constructors: preinit_array, _init, init_array (initfini.c). */
RT_HIDDEN void rt_min_run_init(int argc, char **argv, char **envp);

/* Writes msg to fd 2 and ends the process with 127: start-up failures, before anything else works. */
RT_HIDDEN _Noreturn void rt_min_fail(const char *msg);

#endif
