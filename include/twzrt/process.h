/* twzrt extensions for processes: ending the whole process from any thread (the ABI's twz_rt_exit ends
 * only the calling thread unless it is the main thread, which a C library's exit() and _exit() cannot
 * rely on), and handing a child the parent's open descriptors. Clean C11/C++17; no definitions with
 * external linkage. */
#ifndef TWZRT_PROCESS_H
#define TWZRT_PROCESS_H

#include <stdint.h>
#include <twizzler/rt/core.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Flags for twz_rt_exit_process. */
#define TWZRT_EXIT_NO_DESTRUCTORS 1u /* end at once, as POSIX _exit: no fini arrays run */

/* Ends the process with `code`, whichever thread calls it. Without TWZRT_EXIT_NO_DESTRUCTORS it first
 * runs the destructors (fini arrays, then _fini) of the loaded images, once per process, exactly as the
 * main thread's twz_rt_exit does. Unknown flag bits are ignored. Never returns. */
TWZ_NORETURN void twz_rt_exit_process(exit_code code, uint32_t flags);

/* A binding_info flag for twz_rt_exec_spawn: the child's descriptor binding_info.fd is the parent's open
 * descriptor whose number is in bind_data (an int32_t, bind_len >= 4): the same open file, sharing its
 * position, as POSIX descriptors are across exec. kind and the READ/WRITE flags still say which end of a
 * pipe is meant (WRITE alone: the write end). Errors: ARGUMENT/BAD_HANDLE when that descriptor is not
 * open, ARGUMENT/INVALID_ARGUMENT when bind_len < 4. */
#define TWZRT_BIND_INHERIT 0x80000000u

#ifdef __cplusplus
}
#endif
#endif
