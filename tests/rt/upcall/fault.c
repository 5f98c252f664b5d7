/* Helper of upcall_fault.sh: faults in the way argv[1] names, so the script can check the runtime's
 * report (one line on fd 2) and the exit status. */
#include <twizzler/rt/__all.h>
#include <twzrt/upcall.h>

static int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static void read_bad(size_t addr)
{
	(void)*(volatile int *)addr;
}

static void write_bad(size_t addr)
{
	*(volatile int *)addr = 1;
}

static volatile size_t depth_limit = SIZE_MAX; /* never reached: the stack ends first */

/* Recursion the compiler cannot turn into a loop. */
static int deep(volatile char *prev, size_t depth)
{
	volatile char buf[512];
	buf[0] = prev ? (char)(prev[0] + 1) : 0;
	if (depth == depth_limit)
		return 0;
	return deep(buf, depth + 1) + buf[1];
}

static void overflow(size_t arg)
{
	(void)arg;
	deep(NULL, 0);
}

static void in_thread(void (*fn)(size_t), size_t arg)
{
	struct spawn_result r = twz_rt_spawn_thread((struct spawn_args){256 * 1024, (uintptr_t)fn, arg});
	if (r.err)
		twz_rt_exit(3);
	twz_rt_join_thread(r.id, NO_DURATION);
	twz_rt_exit(4); /* the fault should have ended the process */
}

/* Exits 42 when it sees the write fault at 0x5000 in thread 1, 43 otherwise. */
static void exiting_handler(void *frame, const void *data)
{
	const struct twz_upcall_data *d = data;
	(void)frame;
	int ok = d->kind == TWZ_UPCALL_MEMORY && d->addr == 0x5000 && d->access == TWZ_UPCALL_ACCESS_WRITE &&
		 d->thread_id == 1 && d->signal == 11;
	twz_rt_exit(ok ? 42 : 43);
}

static void faulting_handler(void *frame, const void *data)
{
	(void)frame, (void)data;
	read_bad(0x6000);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	const char *m = argv[1];
	if (streq(m, "main-read"))
		read_bad(0x1000);
	else if (streq(m, "thread-write"))
		in_thread(write_bad, 0x2000);
	else if (streq(m, "overflow"))
		in_thread(overflow, 0);
	else if (streq(m, "ill"))
		__asm__ volatile("ud2");
	else if (streq(m, "fpe"))
		__asm__ volatile("xor %%ecx, %%ecx\n\tmov $1, %%eax\n\tcltd\n\tidiv %%ecx" ::
				     : "eax", "ecx", "edx");
	else if (streq(m, "handler-exit")) {
		twz_rt_set_upcall_handler(exiting_handler);
		write_bad(0x5000);
	} else if (streq(m, "handler-fault")) {
		twz_rt_set_upcall_handler(faulting_handler);
		read_bad(0x1000);
	} else if (streq(m, "handler-reset")) {
		twz_rt_set_upcall_handler(exiting_handler);
		twz_rt_set_upcall_handler(NULL);
		read_bad(0x1000);
	} else if (streq(m, "abort")) {
		twz_rt_abort();
	}
	return 5;
}
