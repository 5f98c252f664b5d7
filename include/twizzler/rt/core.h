/* Process life cycle: runtime entry, main hooks, exit and abort, upcalls, compartment entry. */
#ifndef TWIZZLER_RT_CORE_H
#define TWIZZLER_RT_CORE_H

#include "types.h"

TWZ_BEGIN_DECLS

/* A program's exit status. */
typedef int32_t exit_code;

/* What the runtime hands to the language's start routine (std_entry). */
struct basic_aux {
	size_t argc;
	char **args;
	char **env;
	uintptr_t entry;
};

/* What the language's start routine hands back. */
struct basic_return {
	exit_code code;
};

/* One image's constructors. Upstream writes the function types without prototypes, `void (*)()`;
 * `(void)` is the same ABI and is what C23 and C++ mean by `()`. */
struct ctor_set {
	void (*legacy_init)(void);
	void (**init_array)(void);
	size_t init_array_len;
};

/* Start-up data for a program run as a compartment (RUNTIME_INIT_COMP). */
struct comp_init_info {
	struct ctor_set *ctor_set_array;
	size_t ctor_set_len;
	void *comp_config_info;
};

/* Start-up data for the minimal runtime (RUNTIME_INIT_MIN): the program headers of the executable. */
struct minimal_init_info {
	void *phdrs;
	size_t nr_phdrs;
};

/* runtime_info.init_info; runtime_info.kind says which member is valid. */
union init_info_ptrs {
	struct comp_init_info *comp;
	struct minimal_init_info *min;
	void *monitor;
};

/* The argument of twz_rt_runtime_entry. flags is unused; entry is the ELF entry point. */
struct runtime_info {
	int32_t flags;
	int32_t kind;
	char **args;
	size_t argc;
	char **envp;
	size_t entry;
	union init_info_ptrs init_info;
};

/* Values of runtime_info.kind (upstream type: int32_t). */
enum {
	RUNTIME_INIT_MIN = 0,
	RUNTIME_INIT_MONITOR = 1,
	RUNTIME_INIT_COMP = 2,
};

/* An optional exit code: value is meaningful only when is_some is non-zero. */
struct option_exit_code {
	int32_t is_some;
	exit_code value;
};

/* Ends the calling thread with `code`; when the main thread calls it, the whole program exits. */
TWZ_NORETURN void twz_rt_exit(exit_code code);

/* Twzrt extension (not in upstream's headers; some libstd revisions call it): ends only the calling
 * thread, with `code`. Never returns. */
TWZ_NORETURN void twz_rt_thread_exit(exit_code code);

/* Terminates the program at once, abnormally. */
TWZ_NORETURN void twz_rt_abort(void);

/* Prepares per-thread runtime state for a thread that has just entered this compartment; false if
 * that fails (callers report GENERIC/ACCESS_DENIED). */
bool twz_rt_cross_compartment_entry(void);

/* Installs the process-wide handler for upcalls (faults, signals); NULL restores the default. */
void twz_rt_set_upcall_handler(void (*handler)(void *frame, const void *data));

/* Called by the language runtime just before main; if the result is_some, main is skipped and value
 * is the exit code. */
struct option_exit_code twz_rt_pre_main_hook(void);

/* Called by the language runtime after main returns, before thread-local destructors run. */
void twz_rt_post_main_hook(void);

/* The runtime's entry point: initialises the runtime from *arg, calls std_entry with the program's
 * arguments and environment, then exits with the code it returns. */
TWZ_NORETURN void twz_rt_runtime_entry(const struct runtime_info *arg,
				       struct basic_return (*std_entry)(struct basic_aux), uintptr_t main);

TWZ_END_DECLS

#endif /* TWIZZLER_RT_CORE_H */
