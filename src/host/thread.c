/* Kernel threads (clone), stacks with guard pages, the thread pointer, process and CPU facts. */
#include <stdatomic.h>
#include <linux/futex.h>
#include <linux/sched.h>
#include <linux/time_types.h>
#include <linux/mman.h>
#include <linux/prctl.h>
#include <asm/unistd.h>
#include "arch/x86_64/arch.h"
#include "clock.h"
#include "mem.h"
#include "thread.h"

/* Flags of a thread: shared memory, files, fs info, signal handlers and SysV undo lists, in the same
 * thread group; the kernel sets the thread pointer and writes the tid to *tid_word (parent side), then
 * zeroes *tid_word and wakes futex waiters on it when the thread exits. */
#define THREAD_CLONE_FLAGS                                                                                   \
	(CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS |   \
	 CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID)

/* long clone(unsigned long flags, void *stack, int *parent_tid, int *child_tid, unsigned long tls); */
long host_thread_create(void *stack_top, void *tp, void (*fn)(void *), void *arg, _Atomic uint32_t *tid_word)
{
	uintptr_t *sp = (uintptr_t *)stack_top - 2;

	if ((uintptr_t)stack_top & 15)
		return -EINVAL;
	/* The child pops these (clone.S). */
	sp[0] = (uintptr_t)fn;
	sp[1] = (uintptr_t)arg;
	return host_arch_clone(THREAD_CLONE_FLAGS, sp, (int *)tid_word, (int *)tid_word, (unsigned long)tp);
}

/* long futex(uint32_t *uaddr, FUTEX_WAIT_BITSET, uint32_t val, const struct timespec *deadline, NULL,
 *            FUTEX_BITSET_MATCH_ANY); a shared wait (no FUTEX_PRIVATE_FLAG) to match the kernel's shared
 * wake on the CLONE_CHILD_CLEARTID word, with an absolute CLOCK_MONOTONIC deadline. */
long host_thread_join(_Atomic uint32_t *tid_word, uint64_t timeout_ns)
{
	struct __kernel_timespec deadline, *dp = NULL;
	uint32_t tid;

	if (timeout_ns != UINT64_MAX) {
		struct host_time t = host_clock_deadline(timeout_ns);
		deadline = (struct __kernel_timespec){ .tv_sec = (long long)t.sec, .tv_nsec = t.nsec };
		dp = &deadline;
	}
	while ((tid = atomic_load_explicit(tid_word, memory_order_acquire)) != 0) {
		long r = host_syscall6(__NR_futex, (long)tid_word, FUTEX_WAIT_BITSET, tid, (long)dp, 0,
				       (long)FUTEX_BITSET_MATCH_ANY);
		if (r == -ETIMEDOUT)
			return r;
	}
	return 0;
}

/* void exit(int status) -- the system call: this thread only. */
_Noreturn void host_thread_exit(int code)
{
	for (;;)
		host_syscall1(__NR_exit, code);
}

/* void exit_group(int status); */
_Noreturn void host_process_exit(int code)
{
	for (;;)
		host_syscall1(__NR_exit_group, code);
}

long host_set_thread_pointer(void *tp)
{
	return host_arch_set_thread_pointer(tp);
}

void *host_stack_map(size_t size, size_t *map_len)
{
	size_t len;
	uint8_t *base;

	if (size > SIZE_MAX - 2 * HOST_PAGE_SIZE)
		return NULL;
	len = HOST_ALIGN_UP(size, HOST_PAGE_SIZE) + HOST_PAGE_SIZE;
	base = host_mmap(NULL, len, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
	if (host_is_err((long)base))
		return NULL;
	if (host_mprotect(base, HOST_PAGE_SIZE, PROT_NONE) < 0) {
		host_munmap(base, len);
		return NULL;
	}
	*map_len = len;
	return base;
}

void host_stack_unmap(void *base, size_t map_len)
{
	if (base)
		host_munmap(base, map_len);
}

/* pid_t gettid(void); */
long host_gettid(void)
{
	return host_syscall0(__NR_gettid);
}

/* pid_t getpid(void); */
long host_getpid(void)
{
	return host_syscall0(__NR_getpid);
}

/* Bits set in x, without __builtin_popcount (which becomes a libgcc call without -mpopcnt). */
static unsigned bits_set(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555ULL;
	x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
	return (unsigned)((x * 0x0101010101010101ULL) >> 56);
}

/* int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *mask); the raw call returns the number of
 * mask bytes the kernel filled. 8192 CPUs is far beyond any machine this runs on; past that, say 1. */
size_t host_cpu_count(void)
{
	uint64_t mask[128];
	long n = host_syscall3(__NR_sched_getaffinity, 0, sizeof mask, (long)mask);
	size_t count = 0;

	if (n <= 0)
		return 1;
	for (long i = 0; i < n / 8; i++)
		count += bits_set(mask[i]);
	return count ? count : 1;
}

/* int prctl(PR_SET_NAME, const char *name); the kernel reads at most 15 bytes and terminates them. */
void host_thread_set_kernel_name(const char *name)
{
	host_syscall2(__NR_prctl, PR_SET_NAME, (long)name);
}
