/* The ABI-version note (see include/twzrt/abi.h): linked by twz-cc into every program and library so
 * that tools and the loader can tell which ABI an image was built against. */
#include <twizzler/rt/version.h>
#include <twzrt/abi.h>

	.section .note.twzrt.abi, "a", @note
	.p2align 2
	.long 6				/* namesz: "twzrt" and its NUL */
	.long TWZRT_ABI_NOTE_DESCSZ	/* descsz */
	.long TWZRT_ABI_NOTE_TYPE
	.asciz TWZRT_ABI_NOTE_NAME
	.p2align 2
	.long TWZ_RT_ABI_VERSION_MAJOR
	.long TWZ_RT_ABI_VERSION_MINOR
	.long TWZ_RT_ABI_VERSION_PATCH
	.long 0
	.p2align 2

	.section .note.GNU-stack, "", @progbits
