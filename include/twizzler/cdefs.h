/* Portability macros shared by the Twizzler runtime ABI headers (a twzrt addition; upstream has no such
 * header).
 *
 * The upstream headers use C11 keywords in prototypes, which C++ rejects. These macros spell each of
 * them so that the headers compile as ISO C11 and ISO C++11 or later (tested: C11 and C++17, -pedantic),
 * with an identical ABI in both languages:
 *
 *   TWZ_BEGIN_DECLS / TWZ_END_DECLS  open and close an `extern "C"` block in C++; empty in C.
 *   TWZ_NORETURN                     `_Noreturn` in C, `[[noreturn]]` in C++.
 *   TWZ_ALIGNAS(n)                   `_Alignas(n)` in C, `alignas(n)` in C++.
 *   TWZ_ATOMIC(T)                    the atomic version of T: `_Atomic(T)` in C, `std::atomic<T>` in C++.
 *                                    Only pointers to such objects appear in the ABI. std::atomic<T> of a
 *                                    32- or 64-bit integer has the size and alignment of T on every
 *                                    supported compiler (checked below with static_assert), so a C++
 *                                    caller passes exactly the pointer a C caller would; a C++ caller
 *                                    holding a plain integer must reinterpret_cast its address. A program
 *                                    that wants another spelling (say `volatile T` in a freestanding C++
 *                                    build without <atomic>) may define TWZ_ATOMIC before including any
 *                                    ABI header.
 *   TWZ_GLOBAL(T)                    names the file-scope type T. C++ forbids a member declaration such
 *                                    as `map_flags map_flags;` that changes what the name means inside
 *                                    the struct, so members named after their type are written
 *                                    `TWZ_GLOBAL(map_flags) map_flags;` (`::map_flags` in C++).
 *
 * The ABI's `_Bool` is spelled `bool` throughout: in C it comes from <stdbool.h> and is the same type.
 */
#ifndef TWIZZLER_CDEFS_H
#define TWIZZLER_CDEFS_H

/* The layouts and the suffix-typed constants (UL for size_t and uint64_t) assume LP64. */
#if __SIZEOF_POINTER__ != 8 || __SIZEOF_LONG__ != 8
#error "the Twizzler ABI headers describe LP64 targets only (64-bit long and pointers)"
#endif

#ifdef __cplusplus

#ifndef TWZ_ATOMIC
#include <atomic>
#include <cstdint>
#define TWZ_ATOMIC(T) std::atomic<T>
static_assert(sizeof(std::atomic<std::uint32_t>) == 4 && alignof(std::atomic<std::uint32_t>) == 4,
	      "std::atomic<uint32_t> must be layout-compatible with uint32_t for the Twizzler ABI");
static_assert(sizeof(std::atomic<std::uint64_t>) == 8 && alignof(std::atomic<std::uint64_t>) == 8,
	      "std::atomic<uint64_t> must be layout-compatible with uint64_t for the Twizzler ABI");
#endif
#define TWZ_BEGIN_DECLS extern "C" {
#define TWZ_END_DECLS }
#define TWZ_NORETURN [[noreturn]]
#define TWZ_ALIGNAS(n) alignas(n)
#define TWZ_GLOBAL(T) ::T

#else /* C */

#if !defined(__STDC_VERSION__) || __STDC_VERSION__ < 201112L
#error "the Twizzler runtime ABI headers need C11 or later (or C++11 or later)"
#endif
#include <stdbool.h>
#ifndef TWZ_ATOMIC
#define TWZ_ATOMIC(T) _Atomic(T)
#endif
#define TWZ_BEGIN_DECLS
#define TWZ_END_DECLS
#define TWZ_NORETURN _Noreturn
#define TWZ_ALIGNAS(n) _Alignas(n)
#define TWZ_GLOBAL(T) T

#endif /* __cplusplus */

#endif /* TWIZZLER_CDEFS_H */
