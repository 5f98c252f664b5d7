/* What every part of rt/core shares: the host layer, the ABI types, error helpers, the thread control
 * block, and the hooks by which one concern tells another about process and thread life cycles.
 *
 * Each concern keeps its state in one static struct in its own folder (alloc/, fd/, object/, thread/,
 * ...); the twz_rt_* exports of each ABI header live in that concern's exports.c and stay thin. */
#ifndef TWZ_RT_CORE_RT_H
#define TWZ_RT_CORE_RT_H

#include <twizzler/rt/__all.h>
#include "../../host/host.h"
#include "../../host/arch/x86_64/syscall.h" /* host_arch_thread_pointer, for rt_tcb_self */

#define RT_HIDDEN HOST_HIDDEN
/* Marks a twz_rt_* definition as part of the exported ABI (default visibility in libtwz_rt.so). */
#define RT_EXPORT __attribute__((visibility("default")))

/* ---- errors (error.c) ---- */

static inline twz_error rt_err(twz_error_category cat, twz_error_code code)
{
	return ((twz_error)cat << ERROR_CATEGORY_SHIFT) | ((twz_error)code << ERROR_CODE_SHIFT);
}
#define RT_ERR_NOT_SUPPORTED rt_err(GENERIC_ERROR, NOT_SUPPORTED)
#define RT_ERR_INVALID_ARGUMENT rt_err(ARGUMENT_ERROR, INVALID_ARGUMENT)
#define RT_ERR_BAD_HANDLE rt_err(ARGUMENT_ERROR, BAD_HANDLE)
#define RT_ERR_TIMED_OUT rt_err(GENERIC_ERROR, TIMED_OUT)
#define RT_ERR_INTERNAL rt_err(GENERIC_ERROR, INTERNAL)
#define RT_ERR_OUT_OF_MEMORY rt_err(RESOURCE_ERROR, OUT_OF_MEMORY)
#define RT_ERR_OUT_OF_RESOURCES rt_err(RESOURCE_ERROR, OUT_OF_RESOURCES)

/* Turns a host-layer result (-errno) into the ABI's error encoding. 0 maps to success. The one place
 * where Linux errno values become twz_error values. */
RT_HIDDEN twz_error rt_error_from_errno(long neg_errno);

/* ---- the thread control block ----
 * x86-64 TLS variant II: the thread pointer (%fs base) points at this block; the static TLS of the
 * program (and, in the reference runtime, of start-up libraries) lies just below it. Offsets 0x00 and
 * 0x28 are fixed by the psABI and by GCC's stack protector. */
struct rt_thread;
struct rt_tcb {
	struct rt_tcb *self;       /* 0x00: self pointer (psABI) */
	void **dtv;                /* 0x08: dynamic thread vector: dtv[0] = generation, dtv[m] = module m */
	struct rt_thread *thread;  /* 0x10: the runtime's record of this thread */
	void *alloc_cache;         /* 0x18: the allocator's per-thread cache, NULL until first use */
	void *libc_state;          /* 0x20: the C library's per-thread state (newlib's struct _reent) */
	uintptr_t stack_guard;     /* 0x28: stack-protector canary (GCC reads %fs:0x28) */
	uintptr_t pointer_guard;   /* 0x30 */
	void *upcall_stack;        /* 0x38: this thread's alternate signal stack, or NULL */
	uint64_t reserved[8];
};

/* The calling thread's TCB. Valid once the runtime has set the thread pointer (before that, %fs is 0
 * and this faults): the start code does that before anything else runs. */
static inline struct rt_tcb *rt_tcb_self(void)
{
	return (struct rt_tcb *)host_arch_thread_pointer();
}

/* ---- life-cycle hooks between concerns ---- */

/* alloc/: a thread is ending; give its cached blocks back to the shared pool. */
RT_HIDDEN void rt_alloc_thread_exit(struct rt_tcb *tcb);
/* object/: another part of the runtime (the heap, a loader) mapped object id into slot with flags;
 * twz_rt_get_object_handle then describes addresses there with a borrowed handle. id 0 forgets the slot.
 * Such slots are never released through handles. Allocates nothing. */
RT_HIDDEN void rt_objs_note_borrowed(void *slot, objid id, map_flags flags);
/* fd/: the process is ending through twz_rt_exit on the main thread; flush and close descriptors. */
RT_HIDDEN void rt_fd_close_all(void);
/* fd/: set up descriptors 0-2 as the process's stdio. Called once by the start code. */
RT_HIDDEN void rt_fd_init_stdio(void);
/* upcall/: install fault handlers that turn SIGSEGV/SIGBUS/SIGILL/SIGFPE into upcalls. */
RT_HIDDEN void rt_upcall_init(void);

#endif
