/* _start for static programs of the minimal runtime: the kernel leaves argc at (%rsp), then argv, envp
 * and the auxiliary vector. Hand that pointer to C on an aligned stack. */
	.text
	.globl _start
	.type _start, @function
_start:
	.cfi_startproc
	.cfi_undefined rip      /* no caller: unwinders stop here */
	xor %ebp, %ebp          /* outermost frame */
	mov %rsp, %rdi          /* arg 1: the initial stack (argc, argv, envp, auxv) */
	and $-16, %rsp          /* SysV: 16-byte aligned at the call */
	call __twz_start_c
	hlt                     /* not reached */
	.cfi_endproc
	.size _start, . - _start

	.section .note.GNU-stack, "", @progbits
