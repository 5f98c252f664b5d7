/* Twizzler error values.
 *
 * A twz_error is 64 bits: bits 0-15 hold a code, bits 32-47 a category, all other bits are 0. The value 0
 * is success. A code only means something together with its category (codes repeat across
 * categories), so always compare a whole twz_error with 0, and never produce a non-zero category with
 * code 0: upstream's Rust callers look only at the code bits and would read it as success.
 *
 * Constants keep upstream's names and values. Upstream defines them as external const objects; here the
 * ones that fit an int are enumerators (no storage, usable in case labels), and the 64-bit masks and
 * shifts are macros of type twz_error (unsigned long, which is uint64_t on LP64).
 */
#ifndef TWIZZLER_ERROR_H
#define TWIZZLER_ERROR_H

#include <stddef.h>
#include <stdint.h>

#include "cdefs.h"

TWZ_BEGIN_DECLS

typedef uint64_t twz_error;
typedef uint16_t twz_error_code;
typedef uint16_t twz_error_category;

/* Where the code and the category live inside a twz_error. Typed by their suffix (unsigned long is
 * uint64_t on the LP64 targets this ABI exists for) rather than by a cast, so that bindgen sees them. */
#define ERROR_CODE_SHIFT 0UL
#define ERROR_CODE_MASK 0x000000000000FFFFUL
#define ERROR_CATEGORY_MASK 0x0000FFFF00000000UL
#define ERROR_CATEGORY_SHIFT 32UL

/* The success code (upstream type: twz_error_code). */
enum { SUCCESS = 0 };

/* Codes of GENERIC_ERROR (upstream type: twz_error_code). */
enum {
	OTHER_ERROR = 0,
	NOT_SUPPORTED = 1,
	INTERNAL = 2,
	WOULD_BLOCK = 3,
	TIMED_OUT = 4,
	ACCESS_DENIED = 5,
	NO_SUCH_OPERATION = 6,
	INTERRUPTED = 7,
	IN_PROGRESS = 8,
};

/* Codes of ARGUMENT_ERROR (twz_error_code). */
enum {
	INVALID_ARGUMENT = 1,
	WRONG_TYPE = 2,
	INVALID_ADDRESS = 3,
	BAD_HANDLE = 4,
};

/* Codes of RESOURCE_ERROR (twz_error_code). */
enum {
	OUT_OF_MEMORY = 1,
	OUT_OF_RESOURCES = 2,
	OUT_OF_NAMES = 3,
	UNAVAILABLE = 4,
	BUSY = 5,
	NOT_CONNECTED = 6,
	UNREACHABLE = 7,
	REFUSED = 8,
	NON_ATOMIC = 9,
};

/* Codes of NAMING_ERROR (twz_error_code). */
enum {
	NOT_FOUND = 1,
	ALREADY_EXISTS = 2,
	WRONG_NAME_KIND = 3,
	ALREADY_BOUND = 4,
	INVALID_NAME = 5,
	LINK_LOOP = 6,
	NOT_EMPTY = 7,
};

/* Codes of OBJECT_ERROR (twz_error_code). */
enum {
	MAPPING_FAILED = 1,
	NOT_MAPPED = 2,
	INVALID_FOTE = 3,
	INVALID_PTR = 4,
	INVALID_META = 5,
	BASETYPE_MISMATCH = 6,
	NO_SUCH_OBJECT = 7,
};

/* Codes of IO_ERROR (twz_error_code). */
enum {
	OTHER_IO_ERROR = 1,
	DATA_LOSS = 2,
	DEVICE_ERROR = 3,
	SEEK_FAILED = 4,
	RESET = 5,
};

/* Codes of SECURITY_ERROR (twz_error_code). */
enum {
	INVALID_KEY = 1,
	INVALID_SCHEME = 2,
	SIGNATURE_MISMATCH = 3,
	GATE_DENIED = 4,
	INVALID_GATE = 5,
};

/* Error categories (upstream type: twz_error_category). */
enum {
	UNCATEGORIZED_ERROR = 0,
	GENERIC_ERROR = 1,
	ARGUMENT_ERROR = 2,
	RESOURCE_ERROR = 3,
	NAMING_ERROR = 4,
	OBJECT_ERROR = 5,
	IO_ERROR = 6,
	SECURITY_ERROR = 7,
};

/* Twzrt extension: builds the twz_error for a category and a code, e.g.
 * TWZ_ERROR(ARGUMENT_ERROR, INVALID_ARGUMENT) == 0x0000000200000001. An integer constant expression. */
#define TWZ_ERROR(category, code)                                                                            \
	((((twz_error)(category) << ERROR_CATEGORY_SHIFT) & ERROR_CATEGORY_MASK) |                           \
	 (((twz_error)(code) << ERROR_CODE_SHIFT) & ERROR_CODE_MASK))

/* Twzrt extension: the code and the category of a twz_error. */
#define TWZ_ERROR_CODE(err) ((twz_error_code)((ERROR_CODE_MASK & (twz_error)(err)) >> ERROR_CODE_SHIFT))
#define TWZ_ERROR_CATEGORY(err)                                                                              \
	((twz_error_category)((ERROR_CATEGORY_MASK & (twz_error)(err)) >> ERROR_CATEGORY_SHIFT))

TWZ_END_DECLS

#endif /* TWIZZLER_ERROR_H */
