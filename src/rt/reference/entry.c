/* twz_rt_runtime_entry and the main hooks of the reference runtime.
 *
 * By the time a program's code runs, the loader (start.c) has done what upstream's COMP entry does:
 * TLS, the main thread as id 1, every image's constructors. The program's crt1 (the same crt1.o as the
 * minimal runtime's, with crt/start.c in place of the minimal start code) calls this with
 * RUNTIME_INIT_COMP and no ctor sets; ctor sets passed explicitly are run here. */
#include "ld.h"

static bool entered;

static char *default_env[] = {"RUST_BACKTRACE=1", NULL};
static char *no_args[] = {NULL};

static void run_ctor_sets(const struct comp_init_info *comp)
{
	if (!comp || !comp->ctor_set_array)
		return;
	for (size_t i = 0; i < comp->ctor_set_len; i++) {
		const struct ctor_set *c = &comp->ctor_set_array[i];
		if (c->legacy_init)
			c->legacy_init();
		for (size_t k = 0; c->init_array && k < c->init_array_len; k++)
			if (c->init_array[k])
				c->init_array[k]();
	}
}

/* Accepts RUNTIME_INIT_COMP (programs) and RUNTIME_INIT_MONITOR (treated alike: there is no monitor
 * yet); any other kind, or a second call, prints one line and exits 127. Calls std_entry({argc, args,
 * env, entry = main}) and exits with its code. */
RT_EXPORT _Noreturn void twz_rt_runtime_entry(const struct runtime_info *arg,
					      struct basic_return (*std_entry)(struct basic_aux), uintptr_t main)
{
	if (!arg || (arg->kind != RUNTIME_INIT_COMP && arg->kind != RUNTIME_INIT_MONITOR) || !std_entry) {
		host_dprintf(2, "twzrt: runtime_entry: the reference runtime starts COMP or MONITOR programs only\n");
		host_process_exit(LD_EXIT_NOT_FOUND);
	}
	if (__atomic_exchange_n(&entered, true, __ATOMIC_ACQ_REL)) {
		host_dprintf(2, "twzrt: runtime_entry: called twice\n");
		host_process_exit(LD_EXIT_NOT_FOUND);
	}
	if (arg->kind == RUNTIME_INIT_COMP)
		run_ctor_sets(arg->init_info.comp);
	struct basic_aux aux = {
	    .argc = arg->args ? arg->argc : 0,
	    .args = arg->args ? arg->args : no_args,
	    .env = arg->envp ? arg->envp : default_env,
	    .entry = main,
	};
	struct basic_return ret = std_entry(aux);
	twz_rt_exit(ret.code);
}

/* No monitor to ask yet: nothing to do before or after main. */
RT_EXPORT struct option_exit_code twz_rt_pre_main_hook(void)
{
	return (struct option_exit_code){0, 0};
}

RT_EXPORT void twz_rt_post_main_hook(void)
{
}
