/* The C side of _start, and the program's "std entry": the role libstd plays for a Rust program. */
#include "../minimal.h"

int main(int argc, char **argv, char **envp);

/* The C library's exit(), when the program has one (src/libc/sysdeps/start.c; libc.so or libc.a): C says
 * returning from main is exit(main's value), so atexit handlers run before any destructor. */
_Noreturn void __twz_libc_exit(int code) __attribute__((weak));

/* Called by the runtime with the program's arguments; runs main between the runtime's main hooks, then
 * ends the process through the C library's exit() when there is one; without a C library, returns the
 * code to the runtime, which exits with it. */
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
	if (__twz_libc_exit)
		__twz_libc_exit(ret.code);
	return ret;
}

RT_HIDDEN _Noreturn void __twz_start_c(uintptr_t *sp);
_Noreturn void __twz_start_c(uintptr_t *sp)
{
	rt_min_start(sp, c_entry, (uintptr_t)main);
}
