/* twz_rt_runtime_entry for the minimal runtime: RUNTIME_INIT_MIN only. */
#include "minimal.h"

static bool entered;

/* A C library's set-up (environ, its per-thread state), run before any constructor: the counterpart of
 * upstream's weak libc entry hook. Weak, so a program without a C library needs none. */
void __twz_libc_start(struct basic_aux *aux) __attribute__((weak));

/* Upstream's private environment for a program started without one. */
static char *default_env[] = {"RUST_BACKTRACE=1", NULL};
static char *no_args[] = {NULL};

/* Expects the main thread's TLS and TCB in place (rt_min_start). Another kind, or a second call, prints
 * one line and exits 127. Runs the C library's set-up hook and the constructors, then std_entry({argc, args, env, entry = main}), and
 * exits with its code. */
RT_EXPORT _Noreturn void twz_rt_runtime_entry(const struct runtime_info *arg,
					      struct basic_return (*std_entry)(struct basic_aux),
					      uintptr_t main)
{
	if (!arg || arg->kind != RUNTIME_INIT_MIN || !std_entry)
		rt_min_fail(
		    "twzrt: runtime_entry: the minimal runtime starts RUNTIME_INIT_MIN programs only\n");
	if (__atomic_exchange_n(&entered, true, __ATOMIC_ACQ_REL))
		rt_min_fail("twzrt: runtime_entry: called twice\n");
	const struct minimal_init_info *min = arg->init_info.min;
	if (min && min->phdrs && (const Elf64_Phdr *)min->phdrs != rt_min_program.phdr)
		rt_min_program_set(min->phdrs, min->nr_phdrs);

	struct basic_aux aux = {
	    .argc = arg->args ? arg->argc : 0,
	    .args = arg->args ? arg->args : no_args,
	    .env = arg->envp ? arg->envp : default_env,
	    .entry = main,
	};
	if (__twz_libc_start)
		__twz_libc_start(&aux);
	rt_min_run_init((int)aux.argc, aux.args, aux.env);
	struct basic_return ret = std_entry(aux);
	twz_rt_exit(ret.code);
}
