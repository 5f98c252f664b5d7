/* newlib's per-thread state (__DYNAMIC_REENT__): __getreent returns the calling thread's struct _reent
 * from the C library's thread record in the TCB slot, or newlib's global one when the thread has no
 * record yet (the main thread before start-up, threads started directly through the ABI). */
#include "../pthread/pthread_impl.h"

struct _reent *__getreent(void)
{
	struct __twz_thread *t = __twz_tcb_libc_slot();
	return t ? t->reent : _global_impure_ptr;
}
