/* Result structs: a twz_error plus a value that is meaningful only when the error is 0 (the runtime
 * sets it to 0 on error). */
#ifndef TWIZZLER_RT_TYPES_H
#define TWIZZLER_RT_TYPES_H

#include <stddef.h>
#include <stdint.h>

#include "../types.h"
#include "../error.h"

TWZ_BEGIN_DECLS

struct u32_result {
	twz_error err;
	uint32_t val;
};

struct u64_result {
	twz_error err;
	uint64_t val;
};

/* val is 16-byte aligned, so 8 bytes of padding follow err. */
struct objid_result {
	twz_error err;
	objid val;
};

struct ptr_result {
	twz_error err;
	void *val;
};

struct io_result {
	twz_error err;
	size_t val;
};

TWZ_END_DECLS

#endif /* TWIZZLER_RT_TYPES_H */
