/* twzrt extension: the ABI-version note that twz-cc puts in every program and library, and the
 * compatibility rule that the build and the loader apply. Clean C11/C++17; no definitions with external
 * linkage. */
#ifndef TWZRT_ABI_H
#define TWZRT_ABI_H

/* The note: section .note.twzrt.abi, owner name "twzrt", type TWZRT_ABI_NOTE_TYPE, and a descriptor of
 * four 32-bit words: major, minor, patch, reserved (0). */
#define TWZRT_ABI_NOTE_NAME "twzrt"
#define TWZRT_ABI_NOTE_TYPE 0x545a0001
#define TWZRT_ABI_NOTE_DESCSZ 16

#ifndef __ASSEMBLER__
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct twzrt_abi_version {
	uint32_t major, minor, patch;
};

/* Whether something built against ABI `built` may run on (or be linked with) a runtime providing
 * `provided`. Before 1.0, MAJOR.MINOR must be equal (patch may differ); from 1.0, MAJOR must be equal
 * and the provided MINOR at least the built one. */
static inline int twzrt_abi_compatible(struct twzrt_abi_version built, struct twzrt_abi_version provided)
{
	if (built.major != provided.major)
		return 0;
	if (built.major == 0)
		return built.minor == provided.minor;
	return provided.minor >= built.minor;
}

#ifdef __cplusplus
}
#endif
#endif /* __ASSEMBLER__ */
#endif
