/* A handler that returns resumes the thread with the registers it left in the frame: here it checks the
 * fault report, then redirects rip to a function that ends the process with the test's status. */
#include "tcheck.h"
#include <twzrt/upcall.h>

static volatile int handled;

static _Noreturn void recovered(void)
{
	CHECK_EQ(handled, 1);
	twz_rt_exit(t_status());
}

static void handler(void *frame, const void *data)
{
	struct twz_upcall_frame *f = frame;
	const struct twz_upcall_data *d = data;
	handled++;
	CHECK_EQ(d->kind, TWZ_UPCALL_MEMORY);
	CHECK_EQ(d->addr, 0x3008);
	CHECK_EQ(d->access, TWZ_UPCALL_ACCESS_READ);
	CHECK_EQ(d->thread_id, 1);
	CHECK_EQ(d->ip, f->rip);
	CHECK_EQ(f->fs_base, (uintptr_t)__builtin_thread_pointer());
	CHECK(f->rsp != 0);
	/* As if `recovered` had been called: aligned stack minus a return address. */
	f->rsp = ((f->rsp - 256) & ~(uint64_t)15) - 8;
	f->rip = (uint64_t)(uintptr_t)recovered;
}

int main(void)
{
	twz_rt_set_upcall_handler(handler);
	(void)*(volatile long *)0x3008;
	t_fail_at(__FILE__, __LINE__, "resumed after the fault instead of in recovered()");
	return 1;
}
