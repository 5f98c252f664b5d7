/* twzrt extension: what a handler installed with twz_rt_set_upcall_handler receives on Linux.
 *
 * On Twizzler the kernel delivers upcalls with its own UpcallFrame/UpcallData. twzrt runs on Linux, where
 * faults arrive as signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE); it passes the handler
 *   frame: struct twz_upcall_frame *   the interrupted thread's registers (x86-64)
 *   data:  const struct twz_upcall_data *   what went wrong and where
 * These are twzrt's Linux platform layouts, not Twizzler's.
 *
 * The handler runs on the faulting thread, on that thread's alternate signal stack (so a stack overflow
 * is reported too). If it returns, the thread resumes with the registers in *frame (fs_base excepted),
 * so a handler may fix the cause or redirect rip/rsp; an unchanged frame retries the faulting
 * instruction. A fault while the handler runs ends the process with status 127. Without a handler, the
 * runtime prints one line to fd 2,
 *   twzrt: upcall: <kind> at address 0x<addr> (ip 0x<ip>, thread <id>)
 * and ends the process with status 128 + the signal number. */
#ifndef TWZRT_UPCALL_H
#define TWZRT_UPCALL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The general registers of the interrupted context. */
struct twz_upcall_frame {
	uint64_t rax, rbx, rcx, rdx, rsi, rdi, rbp, rsp;
	uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
	uint64_t rip;
	uint64_t rflags;
	uint64_t fs_base; /* the thread pointer; read-only (not restored on return) */
};

/* twz_upcall_data.kind */
enum twz_upcall_kind {
	TWZ_UPCALL_MEMORY = 1,	   /* memory fault: unmapped or protected address (SIGSEGV) */
	TWZ_UPCALL_ILLEGAL = 2,	   /* illegal or privileged instruction (SIGILL) */
	TWZ_UPCALL_ARITHMETIC = 3, /* arithmetic fault, e.g. integer division by zero (SIGFPE) */
	TWZ_UPCALL_BUS = 4	   /* bus error: access beyond a mapped object's end, misalignment (SIGBUS) */
};

/* twz_upcall_data.access, for memory faults: how the faulting access used addr. */
enum twz_upcall_access {
	TWZ_UPCALL_ACCESS_UNKNOWN = 0,
	TWZ_UPCALL_ACCESS_READ = 1,
	TWZ_UPCALL_ACCESS_WRITE = 2,
	TWZ_UPCALL_ACCESS_EXEC = 3
};

struct twz_upcall_data {
	uint32_t kind;	    /* enum twz_upcall_kind */
	uint32_t access;    /* enum twz_upcall_access (UNKNOWN unless a page fault says otherwise) */
	uint64_t addr;	    /* the faulting address (for SIGILL/SIGFPE: the faulting instruction) */
	uint64_t ip;	    /* address of the faulting instruction */
	uint32_t thread_id; /* the runtime thread id (1: main thread) */
	int32_t signal;	    /* the Linux signal number */
	int32_t code;	    /* the Linux si_code */
	uint32_t reserved;
};

#ifdef __cplusplus
}
#endif

#endif
