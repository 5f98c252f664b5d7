/* The entry point of libtwz_rt.so, where the kernel starts every reference-runtime program (we are its
 * PT_INTERP) or the loader run directly (`libtwz_rt.so PROGRAM ARGS`): argc at (%rsp), then argv, envp
 * and the auxiliary vector. */
	.text
	.globl _twz_rt_start
	.hidden _twz_rt_start
	.type _twz_rt_start, @function
_twz_rt_start:
	.cfi_startproc
	.cfi_undefined rip      /* no caller: unwinders stop here */
	xor %ebp, %ebp
	mov %rsp, %rdi          /* arg 1: the initial stack */
	and $-16, %rsp
	call ld_stage1
	hlt
	.cfi_endproc
	.size _twz_rt_start, . - _twz_rt_start

	.globl ld_enter_program
	.hidden ld_enter_program
	.type ld_enter_program, @function
/* ld_enter_program(entry, sp): the program's entry with the stack as the kernel would have left it and
 * %rdx = 0 (no rtld fini function: the runtime runs destructors itself at exit). */
ld_enter_program:
	mov %rsi, %rsp
	xor %edx, %edx
	xor %ebp, %ebp
	jmp *%rdi
	.size ld_enter_program, . - ld_enter_program

	.section .note.GNU-stack, "", @progbits
