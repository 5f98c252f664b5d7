/* The exports of rt/core.h that both runtimes share (runtime_entry and the main hooks belong to each
 * runtime), plus the twz_rt_thread_exit extension. */
#include "thread/thread.h"
#include "upcall/upcall.h"
#include <twzrt/process.h>

/* On the main thread: ends the process (fini hook, descriptors closed, exit_group). On any other thread:
 * ends that thread only, as upstream libstd expects when it calls twz_rt_exit(0) after a thread's body. */
RT_EXPORT _Noreturn void twz_rt_exit(exit_code code)
{
	rt_thread_exit_self(code);
}

/* Twzrt extension (declared in rt/core.h): ends the calling thread only. On the main thread it behaves like
 * twz_rt_exit: the process cannot outlive its main thread's exit status. */
RT_EXPORT _Noreturn void twz_rt_thread_exit(exit_code code)
{
	rt_thread_exit_self(code);
}

/* Twzrt extension (include/twzrt/process.h): ends the process from any thread, with or without the
 * destructors. This is what a C library's exit() and _exit() stand on. */
RT_EXPORT _Noreturn void twz_rt_exit_process(exit_code code, uint32_t flags)
{
	if (flags & TWZRT_EXIT_NO_DESTRUCTORS)
		rt_process_exit_now(code);
	rt_process_exit(code);
}

RT_EXPORT _Noreturn void twz_rt_abort(void)
{
	rt_abort();
}

/* There are no compartments on Linux, and every thread that can run runtime code was started by this
 * runtime with its state complete, so there is nothing to set up. */
RT_EXPORT bool twz_rt_cross_compartment_entry(void)
{
	return true;
}

/* Unlike upstream (first call wins), a later call replaces the handler, and NULL restores the default. */
RT_EXPORT void twz_rt_set_upcall_handler(void (*handler)(void *frame, const void *data))
{
	rt_upcall_set_handler(handler);
}
