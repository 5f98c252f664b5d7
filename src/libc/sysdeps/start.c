/* Start-up and the exit sequence.
 *
 * Start: the minimal runtime's crt1 calls __twz_libc_start (a weak reference there; twz-cc links this
 * file in with -u __twz_libc_start) after the program's constructors and before main.
 *
 * Exit: the runtime ends the process through twz_rt_exit on the main thread, whether main returned or
 * exit() was called, and then runs the fini chain: the .fini_array entries from last to first, then
 * _fini. This file's destructor is the last .fini_array entry of a static program (libc.a comes last
 * on the link line), so the order is: atexit/__cxa_atexit handlers (here), the program's destructors,
 * then _fini below, which flushes and closes stdio. _exit/_Exit set __twz_fast_exit to skip both. */
#include <stdlib.h>
#include <reent.h>
#include "../pthread/pthread_impl.h"

uintptr_t __twz_main_tcb;
volatile int __twz_fast_exit;
/* The status exit() was called with (0 when main returned: the crt does not tell us its value). */
static int exit_code;

/* newlib's runner of atexit, on_exit and __cxa_atexit handlers (from its stdlib/atexit.h). */
void __call_exitprocs(int code, void *dso);

extern char **environ;

void __twz_libc_start(struct basic_aux *aux)
{
	environ = aux->env;
	__twz_main_tcb = __twz_tcb_self();
	__twz_main_thread.reent = _global_impure_ptr;
	__twz_main_thread.is_main = 1;
	__twz_main_thread.id = twz_rt_get_thread_info(TWZ_RT_THREAD_ID_SELF).id;
	__twz_main_thread.detach_state = TWZ_DETACHED;
	__twz_tcb_set_libc_slot(&__twz_main_thread);
}

__attribute__((destructor)) static void run_exit_handlers(void)
{
	if (!__twz_fast_exit)
		__call_exitprocs(exit_code, NULL);
}

/* Flushes and closes every stdio stream (the runtime's last step before descriptors close). */
void _fini(void)
{
	if (!__twz_fast_exit && _GLOBAL_REENT->__cleanup)
		(*_GLOBAL_REENT->__cleanup)(_GLOBAL_REENT);
}

void _init(void)
{
}

/* The main thread, if it is waiting in pthread_exit, takes over an exit requested by another thread. */
LIBC_HIDDEN _Noreturn void __twz_exit_from_thread(int code, int fast);

/* atexit handlers now, in the calling thread (C's order); destructors and stdio follow in the fini chain. */
void exit(int code)
{
	exit_code = code;
	__call_exitprocs(code, NULL);
	if (!__twz_on_main_thread())
		__twz_exit_from_thread(code, 0);
	twz_rt_exit(code);
}

void _exit(int code)
{
	__twz_fast_exit = 1;
	if (!__twz_on_main_thread())
		__twz_exit_from_thread(code, 1);
	twz_rt_exit(code);
}

void _Exit(int code)
{
	_exit(code);
}
