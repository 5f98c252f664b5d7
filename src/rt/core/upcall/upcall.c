/* Fault signals -> upcalls (see upcall.h and include/twzrt/upcall.h). */
#include "upcall.h"
#include "../thread/thread.h"
#include "context.h"

typedef void (*upcall_handler)(void *frame, const void *data);

static struct {
	_Atomic(upcall_handler) handler; /* NULL: default_handler */
} upcall;

/* The main thread's alternate signal stack: static, so start-up maps nothing (bss costs no memory
 * until a fault uses it). */
static _Alignas(16) unsigned char main_altstack[RT_UPCALL_STACK_SIZE];

static const char *kind_name(uint32_t kind)
{
	switch (kind) {
	case TWZ_UPCALL_BUS:
		return "bus error";
	case TWZ_UPCALL_ILLEGAL:
		return "illegal instruction";
	case TWZ_UPCALL_ARITHMETIC:
		return "arithmetic fault";
	default:
		return "memory fault";
	}
}

/* Reports the fault in one line and ends the process with 128 + the signal number. */
static _Noreturn void default_handler(const struct twz_upcall_data *d)
{
	host_dprintf(2, "twzrt: upcall: %s at address 0x%lx (ip 0x%lx, thread %u)\n", kind_name(d->kind),
		     (unsigned long)d->addr, (unsigned long)d->ip, d->thread_id);
	host_process_exit(128 + d->signal);
}

static void on_fault(int sig, void *siginfo, void *ucontext)
{
	struct rt_thread *self = rt_thread_self();
	if (self->in_upcall) {
		host_dprintf(2, "twzrt: upcall: fault (signal %d) inside an upcall handler (thread %u)\n",
			     sig, self->id);
		host_process_exit(127);
	}
	self->in_upcall = true;
	struct twz_upcall_frame frame;
	struct twz_upcall_data data;
	rt_upcall_read_context(sig, siginfo, ucontext, &frame, &data);
	data.thread_id = self->id;
	upcall_handler h = __atomic_load_n(&upcall.handler, __ATOMIC_ACQUIRE);
	if (!h)
		default_handler(&data);
	h(&frame, &data);
	rt_upcall_write_context(ucontext, &frame);
	self->in_upcall = false;
}

void rt_upcall_init(void)
{
	rt_tcb_self()->upcall_stack = main_altstack;
	host_signal_altstack(main_altstack, sizeof main_altstack);
	for (size_t i = 0; i < sizeof rt_upcall_signals / sizeof rt_upcall_signals[0]; i++)
		host_signal_install(rt_upcall_signals[i], on_fault, rt_upcall_sa_flags);
	/* Writing to a pipe nobody reads is an I/O error (IO/RESET) for a Twizzler program, not a kill. */
	host_signal_ignore(rt_upcall_sigpipe);
}

void rt_upcall_thread_init(void *stack, size_t len)
{
	host_signal_altstack(stack, len);
}

void rt_upcall_set_handler(void (*handler)(void *frame, const void *data))
{
	__atomic_store_n(&upcall.handler, handler, __ATOMIC_RELEASE);
}

/* The C entry that upstream's rt-abi upcall trampoline (rt0 feature) jumps to. Linux never delivers
 * upcalls through it (they come as signals, above); it is defined so such code links, and it hands its
 * arguments to the installed handler as they are, or ends the process with 127 without one. */
RT_EXPORT void twz_rt_upcall_entry_c(void *frame, const void *data)
{
	upcall_handler h = __atomic_load_n(&upcall.handler, __ATOMIC_ACQUIRE);
	if (!h) {
		host_dprintf(2, "twzrt: upcall: unexpected upcall with no handler installed\n");
		host_process_exit(127);
	}
	h(frame, data);
}
