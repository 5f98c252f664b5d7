/* Start-up and the exit sequence.
 *
 * Start: the runtime calls __twz_libc_start before any constructor: the minimal runtime through a weak
 * reference (twz-cc links this file into a static program with -u __twz_libc_start), the reference
 * runtime's loader by looking the name up among the loaded images (libc.so's).
 *
 * Exit: exit() runs the atexit/__cxa_atexit handlers, then asks the runtime to end the process with its
 * destructors (twzrt/process.h), from whichever thread called it. Returning from main is exit(main's
 * value): the program's C entry (crt1) calls __twz_libc_exit. The runtime then runs every image's
 * destructors once, and last of all _fini below, which flushes and closes stdio: in a static program the
 * minimal runtime calls _fini after the fini array; libc.so has it as its DT_FINI, and since every image
 * that uses the C library depends on libc.so, the loader runs libc.so's destructors after theirs. _exit
 * ends the process with no destructors at all. */
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

/* Returning from main (crt1's C entry, which references this weakly). */
_Noreturn void __twz_libc_exit(int code)
{
	exit(code);
}

void _exit(int code)
{
	twz_rt_exit_process(code, TWZRT_EXIT_NO_DESTRUCTORS);
}

void _Exit(int code)
{
	_exit(code);
}
