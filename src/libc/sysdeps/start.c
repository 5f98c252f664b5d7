/* Start-up and the exit sequence.
 *
 * Start: the runtime calls __twz_libc_start (a weak hook there; twz-cc links this file in with
 * -u __twz_libc_start) before the program's constructors.
 *
 * Exit: exit() runs the atexit/__cxa_atexit handlers, then asks the runtime to end the process with its
 * destructors (twzrt/process.h), from whichever thread called it. The runtime runs the .fini_array
 * entries from last to first, then _fini below, which flushes and closes stdio. This file's destructor is
 * the last .fini_array entry of a static program (libc.a comes last on the link line), so when main
 * returns (the runtime ends the process without going through exit()) the atexit handlers still run
 * first. _exit ends the process with no destructors at all. */
#include <stdlib.h>
#include <reent.h>
#include <twzrt/process.h>
#include "../pthread/pthread_impl.h"

uintptr_t __twz_main_tcb;

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

/* When main returns: the handlers see status 0 (on_exit's argument), the crt not passing main's value.
 * After exit() the list is already empty. */
__attribute__((destructor)) static void run_exit_handlers(void)
{
	__call_exitprocs(0, NULL);
}

/* Flushes and closes every stdio stream (the runtime's last step before descriptors close). */
void _fini(void)
{
	if (_GLOBAL_REENT->__cleanup)
		(*_GLOBAL_REENT->__cleanup)(_GLOBAL_REENT);
}

void _init(void)
{
}

/* atexit handlers now, in the calling thread (C's order); destructors and stdio follow in the fini chain. */
void exit(int code)
{
	__call_exitprocs(code, NULL);
	twz_rt_exit_process(code, 0);
}

void _exit(int code)
{
	twz_rt_exit_process(code, TWZRT_EXIT_NO_DESTRUCTORS);
}

void _Exit(int code)
{
	_exit(code);
}
