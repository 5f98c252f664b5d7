/* The version of the Twizzler runtime ABI these headers describe. This file is the one place the number
 * is written; build scripts and assembler files read these macros, so it holds nothing but them. It
 * follows upstream's rt-abi crate version, which is newer than the string in upstream's header; the
 * external object `version` that upstream's header defines is deliberately not reproduced. */
#ifndef TWIZZLER_RT_VERSION_H
#define TWIZZLER_RT_VERSION_H

#define TWZ_RT_ABI_VERSION_MAJOR 0
#define TWZ_RT_ABI_VERSION_MINOR 99
#define TWZ_RT_ABI_VERSION_PATCH 1
#define TWZ_RT_ABI_VERSION "0.99.1"

#endif /* TWIZZLER_RT_VERSION_H */
