/* The start-up stages of libtwz_rt.so and what one hands the next (stage1.c -> start.c). */
#ifndef TWZ_RT_REFERENCE_STAGE_H
#define TWZ_RT_REFERENCE_STAGE_H

#include "ld.h"

struct ld_handoff {
	uintptr_t *sp;          /* the initial process stack */
	bool direct;            /* libtwz_rt.so was executed itself: argv[1] is the program */
	bool moved;             /* stage 2 runs in a second copy in a slot; `self` describes it */
	uintptr_t old_bias;     /* where the kernel mapped the runtime */
	const char *self_path;  /* the runtime's file */
	struct host_slots_state slots; /* the arena, created by the first copy (moved only) */
	bool arena;             /* the arena exists (ld_arena_init ran) */
	bool program_in_arena;  /* the kernel's mapping of the program lies in the arena's first slot(s) */
	uintptr_t program_bias; /* its load bias (program_in_arena only) */
	struct ld_obj self;     /* the second copy, mapped by ld_map_raw (moved only) */
	Elf64_Phdr ph[LD_MAX_PHNUM];
};

RT_HIDDEN _Noreturn void ld_stage1(uintptr_t *sp);
/* Creates the slot arena, around the program the kernel mapped when it can (so the program stays where
 * debuggers expect it, in slots of its own), else anywhere. Needs host_boot. Returns 0 or -errno. */
RT_HIDDEN long ld_arena_init(struct ld_handoff *h);
RT_HIDDEN _Noreturn void ld_stage2(struct ld_handoff *h);
RT_HIDDEN _Noreturn void ld_enter_program(uintptr_t entry, uintptr_t *sp);
RT_HIDDEN void _twz_rt_start(void);

#endif
