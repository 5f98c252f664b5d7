/* Linux x86-64 signal frames <-> struct twz_upcall_frame / twz_upcall_data. */
#include "context.h"
#include <asm/sigcontext.h>
#include <asm/signal.h>
#include <asm/ucontext.h>

#define PF_WRITE 0x2  /* page-fault error code: the access was a write */
#define PF_INSTR 0x10 /* page-fault error code: the access was an instruction fetch */
#define TRAP_PF 14    /* x86 vector number of a page fault */

const int rt_upcall_signals[4] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE};
const unsigned long rt_upcall_sa_flags = SA_NODEFER;
const int rt_upcall_sigpipe = SIGPIPE;

static uint32_t kind_of(int sig)
{
	switch (sig) {
	case SIGBUS:
		return TWZ_UPCALL_BUS;
	case SIGILL:
		return TWZ_UPCALL_ILLEGAL;
	case SIGFPE:
		return TWZ_UPCALL_ARITHMETIC;
	default:
		return TWZ_UPCALL_MEMORY;
	}
}

void rt_upcall_read_context(int sig, const void *siginfo, const void *ucontext,
			    struct twz_upcall_frame *frame, struct twz_upcall_data *data)
{
	const struct sigcontext *mc = &((const struct ucontext *)ucontext)->uc_mcontext;
	*frame = (struct twz_upcall_frame){
	    .rax = mc->rax,
	    .rbx = mc->rbx,
	    .rcx = mc->rcx,
	    .rdx = mc->rdx,
	    .rsi = mc->rsi,
	    .rdi = mc->rdi,
	    .rbp = mc->rbp,
	    .rsp = mc->rsp,
	    .r8 = mc->r8,
	    .r9 = mc->r9,
	    .r10 = mc->r10,
	    .r11 = mc->r11,
	    .r12 = mc->r12,
	    .r13 = mc->r13,
	    .r14 = mc->r14,
	    .r15 = mc->r15,
	    .rip = mc->rip,
	    .rflags = mc->eflags,
	    .fs_base = (uintptr_t)rt_tcb_self(),
	};
	uintptr_t addr, ip;
	int code;
	host_signal_fault_info(siginfo, ucontext, &addr, &ip, &code);
	uint32_t access = TWZ_UPCALL_ACCESS_UNKNOWN;
	if (sig == SIGSEGV && mc->trapno == TRAP_PF) {
		if (mc->err & PF_INSTR)
			access = TWZ_UPCALL_ACCESS_EXEC;
		else if (mc->err & PF_WRITE)
			access = TWZ_UPCALL_ACCESS_WRITE;
		else
			access = TWZ_UPCALL_ACCESS_READ;
	}
	*data = (struct twz_upcall_data){
	    .kind = kind_of(sig),
	    .access = access,
	    .addr = addr,
	    .ip = ip,
	    .signal = sig,
	    .code = code,
	};
}

void rt_upcall_write_context(void *ucontext, const struct twz_upcall_frame *frame)
{
	struct sigcontext *mc = &((struct ucontext *)ucontext)->uc_mcontext;
	mc->rax = frame->rax, mc->rbx = frame->rbx, mc->rcx = frame->rcx, mc->rdx = frame->rdx;
	mc->rsi = frame->rsi, mc->rdi = frame->rdi, mc->rbp = frame->rbp, mc->rsp = frame->rsp;
	mc->r8 = frame->r8, mc->r9 = frame->r9, mc->r10 = frame->r10, mc->r11 = frame->r11;
	mc->r12 = frame->r12, mc->r13 = frame->r13, mc->r14 = frame->r14, mc->r15 = frame->r15;
	mc->rip = frame->rip;
	mc->eflags = frame->rflags; /* the kernel keeps only the user-changeable flags on sigreturn */
}
