/* long host_arch_clone(unsigned long flags, void *stack, int *parent_tid, int *child_tid,
 *                      unsigned long tls);
 *
 * clone(2) for a child that starts on a fresh stack. The caller stored {fn, arg} at `stack` (the two
 * words at the top of the child's stack). The parent returns the kernel's result; the child has no
 * caller to return to, so it pops fn and arg, calls fn(arg) and exits the thread with status 0. */

#include <asm/unistd.h>

	.text
	.globl	host_arch_clone
	.hidden	host_arch_clone
	.type	host_arch_clone, @function
	.p2align 4
host_arch_clone:
	.cfi_startproc
	mov	%rcx, %r10		/* 4th syscall argument (child_tid) goes in r10, not rcx */
	mov	$__NR_clone, %eax	/* flags, stack, parent_tid already in rdi, rsi, rdx; tls in r8 */
	syscall
	test	%rax, %rax
	jz	1f			/* 0: we are the child */
	ret				/* parent: the tid, or -errno */
1:
	/* Child, on the new stack. Tell unwinders this is the outermost frame. */
	.cfi_undefined rip
	xor	%ebp, %ebp		/* no frame-pointer chain above us either */
	pop	%rax			/* fn */
	pop	%rdi			/* arg; rsp is now the 16-byte aligned stack top */
	call	*%rax			/* the call pushes the return address: fn sees the ABI's alignment */
	xor	%edi, %edi
	mov	$__NR_exit, %eax	/* this thread only */
	syscall
	hlt				/* not reached */
	.cfi_endproc
	.size	host_arch_clone, .-host_arch_clone

	.section .note.GNU-stack, "", @progbits
