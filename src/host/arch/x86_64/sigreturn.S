/* void host_arch_sigreturn(void): the signal restorer (sa_restorer).
 *
 * The kernel makes a signal handler "return" here; rt_sigreturn(2) then restores the interrupted context
 * from the ucontext that sits at the stack pointer. The instruction bytes are exactly
 * `48 c7 c0 0f 00 00 00 0f 05` (movq $15, %rax; syscall): gdb and libgcc recognise a signal trampoline
 * by that pattern even without unwind info.
 *
 * Unwind info: the FDE is a signal frame (augmentation 'S', so unwinders do not subtract 1 from the
 * return address), and it says where every register of the interrupted frame was saved: at
 * %rsp + offsetof(struct ucontext, uc_mcontext.<reg>) (offsets checked by _Static_assert in arch.h).
 * The FDE starts one `nop` before the symbol because an unwinder looks up the handler's return address
 * minus one, which would otherwise fall outside this function.
 *
 * DWARF encodings used below: DW_CFA_def_cfa_expression 0x0f, DW_CFA_expression 0x10, DW_OP_breg7
 * (%rsp + SLEB128 offset) 0x77, DW_OP_deref 0x06. DWARF register numbers: rax 0, rdx 1, rcx 2, rbx 3,
 * rsi 4, rdi 5, rbp 6, rsp 7, r8-r15 8-15, rip 16. Offsets >= 64 take two SLEB128 bytes. */

#include <asm/unistd.h>

	.text
	.globl	host_arch_sigreturn
	.hidden	host_arch_sigreturn
	.type	host_arch_sigreturn, @function
	.p2align 4
	.cfi_startproc
	.cfi_signal_frame
	/* CFA = the interrupted %rsp, read from uc_mcontext.rsp (offset 160) */
	.cfi_escape 0x0f, 0x04, 0x77, 0xa0, 0x01, 0x06
	.cfi_escape 0x10, 0x08, 0x02, 0x77, 0x28		/* r8  at 40 */
	.cfi_escape 0x10, 0x09, 0x02, 0x77, 0x30		/* r9  at 48 */
	.cfi_escape 0x10, 0x0a, 0x02, 0x77, 0x38		/* r10 at 56 */
	.cfi_escape 0x10, 0x0b, 0x03, 0x77, 0xc0, 0x00	/* r11 at 64 */
	.cfi_escape 0x10, 0x0c, 0x03, 0x77, 0xc8, 0x00	/* r12 at 72 */
	.cfi_escape 0x10, 0x0d, 0x03, 0x77, 0xd0, 0x00	/* r13 at 80 */
	.cfi_escape 0x10, 0x0e, 0x03, 0x77, 0xd8, 0x00	/* r14 at 88 */
	.cfi_escape 0x10, 0x0f, 0x03, 0x77, 0xe0, 0x00	/* r15 at 96 */
	.cfi_escape 0x10, 0x05, 0x03, 0x77, 0xe8, 0x00	/* rdi at 104 */
	.cfi_escape 0x10, 0x04, 0x03, 0x77, 0xf0, 0x00	/* rsi at 112 */
	.cfi_escape 0x10, 0x06, 0x03, 0x77, 0xf8, 0x00	/* rbp at 120 */
	.cfi_escape 0x10, 0x03, 0x03, 0x77, 0x80, 0x01	/* rbx at 128 */
	.cfi_escape 0x10, 0x01, 0x03, 0x77, 0x88, 0x01	/* rdx at 136 */
	.cfi_escape 0x10, 0x00, 0x03, 0x77, 0x90, 0x01	/* rax at 144 */
	.cfi_escape 0x10, 0x02, 0x03, 0x77, 0x98, 0x01	/* rcx at 152 */
	.cfi_escape 0x10, 0x07, 0x03, 0x77, 0xa0, 0x01	/* rsp at 160 */
	.cfi_escape 0x10, 0x10, 0x03, 0x77, 0xa8, 0x01	/* rip at 168 */
	nop
host_arch_sigreturn:
	movq	$__NR_rt_sigreturn, %rax	/* the 64-bit form gives the recognisable byte pattern */
	syscall
	hlt				/* not reached */
	.cfi_endproc
	.size	host_arch_sigreturn, .-host_arch_sigreturn

	.section .note.GNU-stack, "", @progbits
