/* The host layer's threads, futexes, clocks, signals and process spawning, driven from an ordinary
 * glibc program: src/host/{futex,clock,vdso,thread,signal,exec}.c and src/host/arch/x86_64/{clone,
 * sigreturn}.S, plus the few other host files they call (str.c, mman.c, fs.c).
 *
 * Built by make with host_threads.flags (several sources, no ASan); by hand, from the source root:
 *   gcc -std=gnu11 -O2 -g -Wall -Wextra -fno-stack-protector -fsanitize=undefined \
 *       -fno-sanitize-recover=undefined tests/unit/host_threads.c \
 *       src/host/{futex,clock,vdso,thread,signal,exec,str,mman,fs}.c \
 *       src/host/arch/x86_64/{clone,sigreturn}.S -o host_threads
 *
 * Constraints that shape this file:
 * - No AddressSanitizer. Threads started with raw clone have no glibc thread descriptor; ASan's runtime
 *   intercepts and keeps per-thread state through glibc's, and is confused by threads it never saw
 *   created. UBSan's checks are inline and need nothing per thread, so they stay.
 * - Code running in a host_thread_create thread calls only host_* functions and __atomic builtins: no
 *   printf, malloc or errno, since glibc finds its per-thread state through %fs, and %fs there points at
 *   our struct tp_block, not at a glibc TCB. A tp_block's first word points at itself, as the x86-64
 *   TLS ABI requires of the word at %fs:0. Built with -fno-stack-protector, which would read a canary
 *   at %fs:0x28 (the block is large enough for that to be harmless anyway).
 * - No timing assertions (a noisy 2-core VM): sleeps and timeouts are only checked as lower bounds.
 *
 * Exit status: 0 pass, 77 skip, anything else fail. */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include "../../src/host/host.h"
#include "../../src/host/arch/x86_64/syscall.h" /* host_arch_thread_pointer */

/* Stands in for boot.c, which parses the initial stack of a runtime program. */
struct host_boot host_boot;

static int failures;

#define CHECK(cond)                                                                                     \
	do {                                                                                            \
		if (!(cond)) {                                                                          \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);        \
			failures++;                                                                     \
		}                                                                                       \
	} while (0)

#define CHECK_EQ(got, want)                                                                             \
	do {                                                                                            \
		long long g_ = (long long)(got), w_ = (long long)(want);                                \
		if (g_ != w_) {                                                                         \
			fprintf(stderr, "%s:%d: %s == %lld, want %lld\n", __FILE__, __LINE__, #got, g_, w_); \
			failures++;                                                                     \
		}                                                                                       \
	} while (0)

#define NS 1000000000LL
#define STACK_SIZE (64 * 1024)

/* ---- vDSO and clocks ---- */

static long long ts_ns(const struct timespec *ts)
{
	return ts->tv_sec * NS + ts->tv_nsec;
}

/* The vDSO's image size: the end of its PT_LOAD segment in the file. */
static size_t vdso_image_size(const void *vdso)
{
	const Elf64_Ehdr *eh = vdso;
	const Elf64_Phdr *ph = (const Elf64_Phdr *)((const char *)vdso + eh->e_phoff);
	for (int i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD)
			return ph[i].p_offset + ph[i].p_filesz;
	return 0;
}

static Elf64_Dyn *copy_dyn(void *copy)
{
	Elf64_Ehdr *eh = copy;
	Elf64_Phdr *ph = (Elf64_Phdr *)((char *)copy + eh->e_phoff);
	for (int i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_DYNAMIC)
			return (Elf64_Dyn *)((char *)copy + ph[i].p_offset);
	return NULL;
}

/* A malformed image must give NULL or an address inside the image, never a crash. */
static void vdso_corrupt_one(void *copy, const void *orig, size_t size, void (*corrupt)(void *copy))
{
	memcpy(copy, orig, size);
	corrupt(copy);
	char *p = host_vdso_sym(copy, "__vdso_clock_gettime", "LINUX_2.6");
	CHECK(p == NULL || (p >= (char *)copy && p < (char *)copy + size));
}

static void bad_magic(void *c) { ((Elf64_Ehdr *)c)->e_ident[EI_MAG1] = 'X'; }
static void bad_phoff(void *c) { ((Elf64_Ehdr *)c)->e_phoff = 0xfffffff0; }
static void bad_phnum(void *c) { ((Elf64_Ehdr *)c)->e_phnum = 0xffff; }
static void bad_class(void *c) { ((Elf64_Ehdr *)c)->e_ident[EI_CLASS] = ELFCLASS32; }
static void bad_dynoff(void *c)
{
	Elf64_Ehdr *eh = c;
	Elf64_Phdr *ph = (Elf64_Phdr *)((char *)c + eh->e_phoff);
	for (int i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_DYNAMIC)
			ph[i].p_offset = 0x7fffffff00ULL;
}

static void test_vdso_corruption(const void *vdso)
{
	size_t size = vdso_image_size(vdso);
	void *copy;

	CHECK(size > 0 && size < (1 << 20));
	if (!size || size >= (1 << 20) || posix_memalign(&copy, 4096, size))
		return;
	/* An intact copy resolves to the same offset inside the copy (the lookup is position-independent). */
	memcpy(copy, vdso, size);
	char *orig = host_vdso_sym(vdso, "__vdso_clock_gettime", "LINUX_2.6");
	char *dup = host_vdso_sym(copy, "__vdso_clock_gettime", "LINUX_2.6");
	CHECK(orig && dup && dup - (char *)copy == orig - (const char *)vdso);

	/* Each hash table alone: hiding DT_GNU_HASH (retagged DT_DEBUG, which the lookup ignores) leaves the
	 * sysv table, and the other way round. */
	for (Elf64_Sxword hide = 0; hide < 2; hide++) {
		Elf64_Sxword tag = hide ? DT_HASH : DT_GNU_HASH, other = hide ? DT_GNU_HASH : DT_HASH;
		bool has_other = false;
		memcpy(copy, vdso, size);
		for (Elf64_Dyn *d = copy_dyn(copy); d && d->d_tag != DT_NULL; d++) {
			has_other |= d->d_tag == other;
			if (d->d_tag == tag)
				d->d_tag = DT_DEBUG;
		}
		if (!has_other)
			continue;
		dup = host_vdso_sym(copy, "__vdso_clock_gettime", "LINUX_2.6");
		CHECK(orig && dup && dup - (char *)copy == orig - (const char *)vdso);
		CHECK(host_vdso_sym(copy, "__vdso_gettimeofday", "LINUX_2.6") != NULL);
		CHECK(host_vdso_sym(copy, "__vdso_clock_gettime", "LINUX_9.9") == NULL);
		CHECK(host_vdso_sym(copy, "__vdso_no_such_function", NULL) == NULL);
	}

	vdso_corrupt_one(copy, vdso, size, bad_magic);
	CHECK(host_vdso_sym(copy, "__vdso_clock_gettime", NULL) == NULL);
	vdso_corrupt_one(copy, vdso, size, bad_class);
	CHECK(host_vdso_sym(copy, "__vdso_clock_gettime", NULL) == NULL);
	vdso_corrupt_one(copy, vdso, size, bad_phoff);
	CHECK(host_vdso_sym(copy, "__vdso_clock_gettime", NULL) == NULL);
	vdso_corrupt_one(copy, vdso, size, bad_phnum);
	CHECK(host_vdso_sym(copy, "__vdso_clock_gettime", NULL) == NULL);
	vdso_corrupt_one(copy, vdso, size, bad_dynoff);
	CHECK(host_vdso_sym(copy, "__vdso_clock_gettime", NULL) == NULL);

	/* Every dynamic entry in turn pointing far away, or at offset 1 (misaligned). */
	for (int bad = 0; bad < 2; bad++) {
		for (int i = 0;; i++) {
			memcpy(copy, vdso, size);
			Elf64_Dyn *d = copy_dyn(copy);
			CHECK(d != NULL);
			if (!d || d[i].d_tag == DT_NULL)
				break;
			d[i].d_un.d_val = bad ? 1 : 0x7fffffff00ULL;
			char *p = host_vdso_sym(copy, "__vdso_clock_gettime", "LINUX_2.6");
			CHECK(p == NULL || (p >= (char *)copy && p < (char *)copy + size));
		}
	}
	/* Every byte of the hash, symbol, string and version tables set to 0xff in turn: the headers stay
	 * intact, so only the table reads' own checks stand between the lookup and a wild read. */
	for (size_t off = sizeof(Elf64_Ehdr); off < size; off += 3) {
		memcpy(copy, vdso, size);
		((unsigned char *)copy)[off] = 0xff;
		char *p = host_vdso_sym(copy, "__vdso_clock_gettime", "LINUX_2.6");
		CHECK(p == NULL || (p >= (char *)copy && p < (char *)copy + size));
	}
	free(copy);
}

/* In a child process that may not call clock_gettime(2), the vDSO path must still read the clock. */
static void test_clock_needs_no_syscall(void)
{
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		struct sock_filter f[] = {
			BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
			BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clock_gettime, 0, 1),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		};
		struct sock_fprog prog = { .len = sizeof f / sizeof f[0], .filter = f };
		struct timespec ts;
		if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog))
			_exit(2);
		/* If glibc's own vDSO call falls back to the system call, this clock source is not vDSO-capable
		 * (some VMs): nothing to check. */
		if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
			_exit(2);
		_exit(host_clock_monotonic_ns() != 0 ? 0 : 1);
	}
	CHECK(pid > 0);
	if (pid <= 0)
		return;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) != 1);
}

static void test_clock(void)
{
	const void *vdso = (const void *)getauxval(AT_SYSINFO_EHDR);
	struct timespec ts;

	host_boot.vdso = vdso;
	host_clock_init();
	host_clock_init(); /* idempotent */

	CHECK(host_vdso_sym(NULL, "__vdso_clock_gettime", "LINUX_2.6") == NULL);
	if (vdso) {
		void *f = host_vdso_sym(vdso, "__vdso_clock_gettime", "LINUX_2.6");
		CHECK(f != NULL);
		CHECK(host_vdso_sym(vdso, "__vdso_clock_gettime", NULL) == f);
		CHECK(host_vdso_sym(vdso, "clock_gettime", "LINUX_2.6") != NULL); /* the weak alias */
		CHECK(host_vdso_sym(vdso, "__vdso_gettimeofday", "LINUX_2.6") != NULL);
		CHECK(host_vdso_sym(vdso, "__vdso_clock_gettime", "LINUX_9.9") == NULL);
		CHECK(host_vdso_sym(vdso, "__vdso_clock_gettime", "LINUX") == NULL);
		CHECK(host_vdso_sym(vdso, "__vdso_no_such_function", "LINUX_2.6") == NULL);
		CHECK(host_vdso_sym(vdso, "", NULL) == NULL);
		CHECK(host_vdso_sym(vdso, "LINUX_2.6", NULL) == NULL); /* a version name, not a symbol */
		test_vdso_corruption(vdso);
		test_clock_needs_no_syscall();
	} else {
		fprintf(stderr, "note: no vDSO in this process; only the system-call clock is tested\n");
	}

	/* Within a second of glibc's clocks. */
	clock_gettime(CLOCK_MONOTONIC, &ts);
	struct host_time m = host_clock_monotonic();
	CHECK(llabs((long long)m.sec * NS + m.nsec - ts_ns(&ts)) < NS);
	CHECK(m.nsec < NS);
	clock_gettime(CLOCK_REALTIME, &ts);
	struct host_time r = host_clock_realtime();
	CHECK(llabs((long long)r.sec * NS + r.nsec - ts_ns(&ts)) < NS);
	CHECK(r.sec > 1600000000); /* after 2020: the real time, not zero */

	/* Never goes backwards. */
	uint64_t prev = host_clock_monotonic_ns(), back = 0;
	for (int i = 0; i < 200000; i++) {
		uint64_t now = host_clock_monotonic_ns();
		back += now < prev;
		prev = now;
	}
	CHECK_EQ(back, 0);
}

/* ---- futexes ---- */

static void test_futex(void)
{
	_Atomic uint32_t word = 1;

	CHECK_EQ(host_futex_wait(&word, 0, UINT64_MAX), -EAGAIN);
	CHECK_EQ(host_futex_wait(&word, 0, 0), -EAGAIN);
	CHECK_EQ(host_futex_wait(&word, 1, 1000000), -ETIMEDOUT);
	CHECK_EQ(host_futex_wait(&word, 1, 0), -ETIMEDOUT);
	CHECK_EQ(host_futex_wake(&word, 1), 0);
	CHECK_EQ(host_futex_wake(&word, -1), 0);
	host_yield();

	uint64_t t0 = host_clock_monotonic_ns();
	host_sleep_ns(2000000);
	CHECK(host_clock_monotonic_ns() - t0 >= 2000000);
	host_sleep_ns(0);
}

/* ---- threads ---- */

/* What %fs points at in our threads: a self pointer first, room for anything at small offsets. */
struct tp_block {
	struct tp_block *self;
	uint64_t pad[31];
};

static void tp_init(struct tp_block *b)
{
	memset(b, 0, sizeof *b);
	b->self = b;
}

/* Joins a thread: the kernel has zeroed its tid word (CLONE_CHILD_CLEARTID) when this returns. */
static void join(_Atomic uint32_t *tid_word)
{
	CHECK_EQ(host_thread_join(tid_word, UINT64_MAX), 0);
	CHECK_EQ(__atomic_load_n(tid_word, __ATOMIC_ACQUIRE), 0);
}

struct basic {
	_Atomic uint32_t ran;
	long tid, pid;
	void *tp, *tp_after_set;
	uintptr_t stack_addr;
	struct tp_block *other;
	bool explicit_exit;
};

/* %fs:0 read afresh: host_arch_thread_pointer's asm is not volatile (the thread pointer never changes
 * under compiled code in the runtime), so gcc may reuse an earlier read across host_set_thread_pointer. */
static void *tp_now(void)
{
	void *tp;
	__asm__ volatile("mov %%fs:0, %0" : "=r"(tp)::"memory");
	return tp;
}

static void basic_thread(void *arg)
{
	struct basic *b = arg;
	int local;

	b->tid = host_gettid();
	b->pid = host_getpid();
	b->tp = host_arch_thread_pointer();
	b->stack_addr = (uintptr_t)&local;
	host_thread_set_kernel_name("twz-basic-thread-long-name");
	if (host_set_thread_pointer(b->other) == 0)
		b->tp_after_set = tp_now();
	__atomic_store_n(&b->ran, 1, __ATOMIC_RELEASE);
	if (b->explicit_exit)
		host_thread_exit(5);
}

static void test_thread_basic(bool explicit_exit)
{
	size_t len;
	uint8_t *stack = host_stack_map(STACK_SIZE, &len);
	struct tp_block tp, other;
	struct basic b = { .other = &other, .explicit_exit = explicit_exit };
	_Atomic uint32_t tid_word = 0;

	CHECK(stack != NULL);
	if (!stack)
		return;
	CHECK_EQ(len, STACK_SIZE + 4096);
	tp_init(&tp);
	tp_init(&other);
	long tid = host_thread_create(stack + len, &tp, basic_thread, &b, &tid_word);
	CHECK(tid > 0);
	if (tid > 0) {
		uint32_t w = __atomic_load_n(&tid_word, __ATOMIC_ACQUIRE);
		CHECK(w == (uint32_t)tid || w == 0); /* 0 once it has already exited */
		join(&tid_word);
		CHECK_EQ(__atomic_load_n(&b.ran, __ATOMIC_ACQUIRE), 1);
		CHECK_EQ(b.tid, tid);
		CHECK_EQ(b.pid, getpid());
		CHECK(b.tid != host_gettid());
		CHECK(b.tp == &tp);
		CHECK(b.tp_after_set == &other);
		CHECK(b.stack_addr > (uintptr_t)stack + 4096 && b.stack_addr < (uintptr_t)stack + len);
	}
	host_stack_unmap(stack, len);

	CHECK_EQ(host_thread_create((uint8_t *)&tp + 8, &tp, basic_thread, &b, &tid_word), -EINVAL);
}

static _Atomic uint32_t many_count;

static void many_thread(void *arg)
{
	(void)arg;
	__atomic_fetch_add(&many_count, 1, __ATOMIC_RELAXED);
}

/* 1,000 threads, 8 at a time on 8 reused stacks. */
static void test_thread_many(void)
{
	enum { BATCH = 8, TOTAL = 1000 };
	uint8_t *stacks[BATCH];
	size_t lens[BATCH];
	struct tp_block tps[BATCH];
	_Atomic uint32_t tids[BATCH];
	int created = 0;

	for (int i = 0; i < BATCH; i++) {
		stacks[i] = host_stack_map(STACK_SIZE, &lens[i]);
		CHECK(stacks[i] != NULL);
		if (!stacks[i])
			return;
		tp_init(&tps[i]);
	}
	while (created < TOTAL) {
		int n = 0;
		for (; n < BATCH && created < TOTAL; n++, created++) {
			tids[n] = 0;
			long r = host_thread_create(stacks[n] + lens[n], &tps[n], many_thread, NULL, &tids[n]);
			CHECK(r > 0);
			if (r <= 0)
				goto out;
		}
		for (int i = 0; i < n; i++)
			join(&tids[i]);
	}
out:
	CHECK_EQ(__atomic_load_n(&many_count, __ATOMIC_RELAXED), TOTAL);
	for (int i = 0; i < BATCH; i++)
		host_stack_unmap(stacks[i], lens[i]);
}

/* Two threads hand a turn back and forth through one futex word: 0 main's turn, 1 the thread's, 2 stop. */
enum { ROUNDS = 100000 };
static _Atomic uint32_t turn;
static uint32_t pong_count;

static void pong_thread(void *arg)
{
	(void)arg;
	for (;;) {
		uint32_t v = __atomic_load_n(&turn, __ATOMIC_ACQUIRE);
		if (v == 2)
			return;
		if (v == 0) {
			host_futex_wait(&turn, 0, UINT64_MAX);
			continue;
		}
		pong_count++;
		__atomic_store_n(&turn, 0, __ATOMIC_RELEASE);
		host_futex_wake(&turn, 1);
	}
}

static void test_ping_pong(void)
{
	size_t len;
	uint8_t *stack = host_stack_map(STACK_SIZE, &len);
	struct tp_block tp;
	_Atomic uint32_t tid_word = 0;

	CHECK(stack != NULL);
	if (!stack)
		return;
	tp_init(&tp);
	CHECK(host_thread_create(stack + len, &tp, pong_thread, NULL, &tid_word) > 0);
	CHECK_EQ(host_thread_join(&tid_word, 1000000), -ETIMEDOUT); /* it waits for its first turn */
	CHECK_EQ(host_thread_join(&tid_word, 0), -ETIMEDOUT);
	for (int i = 0; i < ROUNDS; i++) {
		__atomic_store_n(&turn, 1, __ATOMIC_RELEASE);
		host_futex_wake(&turn, 1);
		while (__atomic_load_n(&turn, __ATOMIC_ACQUIRE) == 1)
			host_futex_wait(&turn, 1, UINT64_MAX);
	}
	__atomic_store_n(&turn, 2, __ATOMIC_RELEASE);
	host_futex_wake(&turn, 1);
	join(&tid_word);
	CHECK_EQ(pong_count, ROUNDS);
	host_stack_unmap(stack, len);
}

static void test_process_facts(void)
{
	cpu_set_t set;
	char name[32] = { 0 };

	CHECK_EQ(host_getpid(), getpid());
	CHECK_EQ(host_gettid(), gettid());
	CHECK(sched_getaffinity(0, sizeof set, &set) == 0);
	CHECK_EQ(host_cpu_count(), CPU_COUNT(&set));
	host_thread_set_kernel_name("twz-main-thread-very-long");
	CHECK(prctl(PR_GET_NAME, name) == 0);
	CHECK(strcmp(name, "twz-main-thread") == 0);
}

/* ---- signals ---- */

static volatile uintptr_t fault_addr, fault_ip;
static volatile int fault_code, fault_count, fault_on_altstack, fault_unwound;
static uint8_t *altstack;
#define ALTSTACK_SIZE (64 * 1024)

static void fault_handler(int sig, void *si, void *uc)
{
	uintptr_t addr, ip;
	int code;
	char here;
	void *frames[64];

	(void)sig;
	host_signal_fault_info(si, uc, &addr, &ip, &code);
	fault_addr = addr;
	fault_ip = ip;
	fault_code = code;
	fault_count++;
	fault_on_altstack = (uint8_t *)&here >= altstack && (uint8_t *)&here < altstack + ALTSTACK_SIZE;
	/* The unwinder must get through host_arch_sigreturn's frame to the faulting instruction. */
	int n = backtrace(frames, 64);
	for (int i = 0; i < n; i++)
		if ((uintptr_t)frames[i] == ip)
			fault_unwound = 1;
	/* Make the page writable: the faulting store runs again on return and succeeds. */
	mprotect((void *)(addr & ~4095UL), 4096, PROT_READ | PROT_WRITE);
}

static __attribute__((noinline)) void poke(volatile uint8_t *p, uint8_t v)
{
	*p = v;
}

static void test_fault(void)
{
	void *warm[4];
	backtrace(warm, 4); /* loads libgcc_s now, not inside the handler */

	altstack = mmap(NULL, ALTSTACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(altstack != MAP_FAILED);
	CHECK_EQ(host_signal_altstack(altstack, ALTSTACK_SIZE), 0);
	CHECK_EQ(host_signal_install(SIGSEGV, fault_handler, 0), 0);

	/* A PROT_NONE page. */
	uint8_t *page = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(page != MAP_FAILED);
	poke(page + 100, 42);
	CHECK_EQ(fault_count, 1);
	CHECK(fault_addr == (uintptr_t)page + 100);
	CHECK_EQ(fault_code, SEGV_ACCERR);
	CHECK(fault_ip >= (uintptr_t)poke && fault_ip < (uintptr_t)poke + 64);
	CHECK(fault_on_altstack);
	CHECK(fault_unwound);
	CHECK_EQ(page[100], 42);
	munmap(page, 4096);

	/* The guard page under a host_stack_map stack. */
	size_t len;
	uint8_t *stack = host_stack_map(STACK_SIZE, &len);
	CHECK(stack != NULL);
	if (stack) {
		poke(stack + len - 1, 1); /* the stack itself is writable: no fault */
		CHECK_EQ(fault_count, 1);
		poke(stack + 4095, 7);
		CHECK_EQ(fault_count, 2);
		CHECK(fault_addr == (uintptr_t)stack + 4095);
		host_stack_unmap(stack, len);
	}

	CHECK_EQ(host_signal_install(SIGSEGV, NULL, 0), 0);
	CHECK_EQ(host_signal_altstack(NULL, 0), 0);
	munmap(altstack, ALTSTACK_SIZE);
	CHECK_EQ(host_signal_install(0, fault_handler, 0), -EINVAL);
	CHECK_EQ(host_signal_install(65, fault_handler, 0), -EINVAL);
	CHECK(host_signal_install(SIGKILL, fault_handler, 0) < 0);
}

static volatile int usr_count;

static void usr_handler(int sig, void *si, void *uc)
{
	(void)si;
	(void)uc;
	usr_count += sig == SIGUSR1 ? 1 : 100;
}

static void test_raise(void)
{
	sigset_t set;

	CHECK_EQ(host_signal_install(SIGUSR1, usr_handler, 0), 0);
	CHECK_EQ(host_signal_install(SIGUSR2, usr_handler, 0), 0);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	CHECK_EQ(host_raise(SIGUSR1), 0);
	CHECK_EQ(usr_count, 0); /* blocked: pending */
	CHECK_EQ(host_signal_unblock(SIGUSR1), 0);
	CHECK_EQ(usr_count, 1); /* delivered on the way out of the unblocking call */
	CHECK_EQ(host_kill(host_getpid(), SIGUSR2), 0);
	CHECK_EQ(usr_count, 101);
	CHECK_EQ(host_kill(host_getpid(), 0), 0);
	CHECK_EQ(host_signal_unblock(0), -EINVAL);
	CHECK_EQ(host_signal_install(SIGUSR1, NULL, 0), 0);
	CHECK_EQ(host_signal_install(SIGUSR2, NULL, 0), 0);
}

/* ---- spawning ---- */

static int spawn_wait(const char *path, char *const argv[], const struct host_spawn_fd *fds, size_t nfds)
{
	long pid = 0;
	int status = -1;
	long pidfd = host_spawn(path, argv, environ, fds, nfds, &pid);

	if (pidfd < 0)
		return (int)pidfd - 1000; /* -errno, shifted out of the range of exit statuses */
	CHECK(pid > 0);
	CHECK(fcntl((int)pidfd, F_GETFD) & FD_CLOEXEC);
	CHECK_EQ(host_spawn_wait((int)pidfd, false, &status), 0);
	close((int)pidfd);
	return status;
}

static int sh(const char *script, const struct host_spawn_fd *fds, size_t nfds)
{
	char *argv[] = { "sh", "-c", (char *)script, NULL };
	return spawn_wait("/bin/sh", argv, fds, nfds);
}

/* Reads all of fd into buf (NUL-terminated). */
static void read_all(int fd, char *buf, size_t cap)
{
	size_t n = 0;
	ssize_t r;
	while (n + 1 < cap && (r = read(fd, buf + n, cap - 1 - n)) > 0)
		n += (size_t)r;
	buf[n] = 0;
}

static void test_spawn(void)
{
	char *true_argv[] = { "true", NULL };
	char buf[64];
	int p[2], q[2];
	long pid;

	CHECK_EQ(spawn_wait("/bin/true", true_argv, NULL, 0), 0);
	CHECK_EQ(sh("exit 3", NULL, 0), 3);
	CHECK_EQ(sh("kill -9 $$", NULL, 0), 128 + 9);
	CHECK_EQ(host_spawn("/nonexistent/twz-no-such-program", true_argv, environ, NULL, 0, &pid), -ENOENT);
	CHECK_EQ(host_spawn("/", true_argv, environ, NULL, 0, &pid), -EACCES);
	struct host_spawn_fd badfd = { .to = 1, .from = 1000 };
	CHECK_EQ(host_spawn("/bin/true", true_argv, environ, &badfd, 1, &pid), -EBADF);
	struct host_spawn_fd negfd = { .to = -1, .from = 0 };
	CHECK_EQ(host_spawn("/bin/true", true_argv, environ, &negfd, 1, &pid), -EBADF);

	/* fd 5 of the child is the write end of our pipe. */
	CHECK(pipe2(p, O_CLOEXEC) == 0);
	struct host_spawn_fd five = { .to = 5, .from = p[1] };
	CHECK_EQ(sh("echo hi >&5", &five, 1), 0);
	close(p[1]);
	read_all(p[0], buf, sizeof buf);
	CHECK(strcmp(buf, "hi\n") == 0);
	close(p[0]);

	/* Colliding numbers: the child's 8 is our 7 and its 7 is our 8. */
	CHECK(pipe2(p, O_CLOEXEC) == 0 && pipe2(q, O_CLOEXEC) == 0);
	CHECK(dup3(p[1], 7, O_CLOEXEC) == 7 && dup3(q[1], 8, O_CLOEXEC) == 8);
	close(p[1]);
	close(q[1]);
	struct host_spawn_fd swap[] = { { .to = 8, .from = 7 }, { .to = 7, .from = 8 }, { .to = 9, .from = 9 } };
	CHECK(dup3(7, 9, O_CLOEXEC) == 9);
	CHECK_EQ(sh("echo one >&8; echo two >&7; echo three >&9", swap, 3), 0);
	close(7);
	close(8);
	close(9);
	read_all(p[0], buf, sizeof buf);
	CHECK(strcmp(buf, "one\nthree\n") == 0);
	read_all(q[0], buf, sizeof buf);
	CHECK(strcmp(buf, "two\n") == 0);
	close(p[0]);
	close(q[0]);

	/* A descriptor not listed does not reach the child, even without close-on-exec. */
	CHECK(pipe2(p, 0) == 0);
	CHECK(dup2(p[1], 6) == 6);
	CHECK(sh("echo leak >&6", NULL, 0) != 0);
	close(6);
	close(p[1]);
	read_all(p[0], buf, sizeof buf);
	CHECK_EQ(strlen(buf), 0);
	close(p[0]);

	/* nohang: the child blocks reading its stdin (our pipe) until we close the write end. */
	CHECK(pipe2(p, O_CLOEXEC) == 0);
	struct host_spawn_fd in = { .to = 0, .from = p[0] };
	char *argv[] = { "sh", "-c", "read x; exit 4", NULL };
	int status = -1;
	long pidfd = host_spawn("/bin/sh", argv, environ, &in, 1, &pid);
	CHECK(pidfd >= 0);
	if (pidfd >= 0) {
		CHECK_EQ(host_spawn_wait((int)pidfd, true, &status), -EAGAIN);
		close(p[1]);
		CHECK_EQ(host_spawn_wait((int)pidfd, false, &status), 0);
		CHECK_EQ(status, 4);
		CHECK_EQ(host_spawn_wait((int)pidfd, true, &status), -ECHILD); /* reaped */
		close((int)pidfd);
	}
	close(p[0]);

	/* Every child was reaped, the failed ones included. */
	CHECK(waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD);
}

int main(void)
{
	test_clock();
	test_futex();
	test_process_facts();
	test_thread_basic(false);
	test_thread_basic(true);
	test_thread_many();
	test_ping_pong();
	test_fault();
	test_raise();
	test_spawn();
	if (failures)
		fprintf(stderr, "host_threads: %d check(s) failed\n", failures);
	return failures ? 1 : 0;
}
