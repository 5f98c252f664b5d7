/* Ending threads and the process. */
#include "../tls/tls.h"
#include "thread.h"
#include <asm/signal.h>

static _Atomic bool fini_done;

_Noreturn void rt_process_exit(exit_code code)
{
	if (rt_runtime_fini && !__atomic_exchange_n(&fini_done, true, __ATOMIC_ACQ_REL))
		rt_runtime_fini();
	rt_process_exit_now(code);
}

_Noreturn void rt_process_exit_now(exit_code code)
{
	rt_fd_close_all();
	host_process_exit(code);
}

_Noreturn void rt_thread_exit_self(exit_code code)
{
	struct rt_tcb *tcb = rt_tcb_self();
	if (!tcb->thread || tcb->thread->id == RT_THREAD_MAIN_ID)
		rt_process_exit(code);
	rt_tls_thread_exit(tcb);
	rt_alloc_thread_exit(tcb);
	host_thread_exit(code);
}

/* Raises SIGABRT with its default action restored and unblocked, so a program's own SIGABRT handler or
 * mask cannot keep the process alive; exits 128 + SIGABRT if even that returned. */
_Noreturn void rt_abort(void)
{
	host_signal_install(SIGABRT, NULL, 0);
	host_signal_unblock(SIGABRT);
	host_raise(SIGABRT);
	host_process_exit(128 + SIGABRT);
}
