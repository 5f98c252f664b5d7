/* TLS descriptor resolvers (x86-64 psABI, "TLS descriptors"): called with %rax = the descriptor, they
 * return in %rax the variable's offset from the thread pointer and preserve every other register. */
	.text
	.globl ld_tlsdesc_static
	.hidden ld_tlsdesc_static
	.type ld_tlsdesc_static, @function
/* A static-TLS module: the descriptor's argument is the offset already. */
ld_tlsdesc_static:
	.cfi_startproc
	mov 8(%rax), %rax
	ret
	.cfi_endproc
	.size ld_tlsdesc_static, . - ld_tlsdesc_static

	.globl ld_tlsdesc_dynamic
	.hidden ld_tlsdesc_dynamic
	.type ld_tlsdesc_dynamic, @function
/* A dynamic module: the argument is a struct tls_index; the block may not exist yet, so call C with the
 * caller-saved integer registers and the SSE/x87 state saved around it. */
ld_tlsdesc_dynamic:
	.cfi_startproc
	push %rbp
	.cfi_def_cfa_offset 16
	.cfi_offset rbp, -16
	mov %rsp, %rbp
	.cfi_def_cfa_register rbp
	push %rcx
	push %rdx
	push %rsi
	push %rdi
	push %r8
	push %r9
	push %r10
	push %r11
	and $-64, %rsp
	sub $512, %rsp
	fxsave64 (%rsp)
	mov 8(%rax), %rdi
	call ld_tls_index_addr
	fxrstor64 (%rsp)
	sub %fs:0, %rax
	lea -64(%rbp), %rsp
	pop %r11
	pop %r10
	pop %r9
	pop %r8
	pop %rdi
	pop %rsi
	pop %rdx
	pop %rcx
	pop %rbp
	.cfi_def_cfa rsp, 8
	ret
	.cfi_endproc
	.size ld_tlsdesc_dynamic, . - ld_tlsdesc_dynamic

	.section .note.GNU-stack, "", @progbits
