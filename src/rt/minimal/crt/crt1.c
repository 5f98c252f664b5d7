/* The C side of _start, and the program's "std entry": the role libstd plays for a Rust program. */
#include "../minimal.h"

int main(int argc, char **argv, char **envp);

/* Called by the runtime with the program's arguments; runs main between the runtime's main hooks. */
static struct basic_return c_entry(struct basic_aux aux)
{
	struct basic_return ret;
	struct option_exit_code pre = twz_rt_pre_main_hook();
	if (pre.is_some) {
		ret.code = pre.value;
	} else {
		ret.code = main((int)aux.argc, aux.args, aux.env);
	}
	twz_rt_post_main_hook();
	return ret;
}

RT_HIDDEN _Noreturn void __twz_start_c(uintptr_t *sp);
_Noreturn void __twz_start_c(uintptr_t *sp)
{
	rt_min_start(sp, c_entry, (uintptr_t)main);
}
