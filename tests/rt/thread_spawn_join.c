/* Spawning and joining: ids, arguments, a returning start function, the tcb reported, thread info, and
 * the error paths of join (unknown id, self, already joined, timeout). */
#include "tcheck.h"

#define STACK (64 * 1024)

static struct duration ms(uint32_t n)
{
	return (struct duration){n / 1000, (n % 1000) * 1000000u};
}

static struct option_duration timeout_ms(uint32_t n)
{
	return (struct option_duration){ms(n), 1};
}

static struct spawn_result spawn(void (*fn)(size_t), size_t arg)
{
	return twz_rt_spawn_thread((struct spawn_args){STACK, (uintptr_t)fn, arg});
}

/* The thread writes what it sees about itself into *arg and returns (ending with code 0). */
struct seen {
	thread_id id;
	void *tcb;
	void *fs;
	size_t arg_ok;
};

static void report_self(size_t arg)
{
	struct seen *s = (struct seen *)arg;
	struct thread_info info = twz_rt_get_thread_info(TWZ_RT_THREAD_ID_SELF);
	s->id = info.id;
	s->tcb = info.tcb;
	s->fs = __builtin_thread_pointer();
	s->arg_ok = 1;
}

static _Atomic futex_word gate;

/* Blocks until gate becomes 1. */
static void wait_gate(size_t arg)
{
	(void)arg;
	while (__atomic_load_n(&gate, __ATOMIC_ACQUIRE) == 0)
		twz_rt_futex_wait(&gate, 0, NO_DURATION);
}

static void exit_early(size_t arg)
{
	*(int *)arg = 1;
	twz_rt_exit(0);
	*(int *)arg = 2; /* not reached */
}

int main(void)
{
	struct thread_info me = twz_rt_get_thread_info(TWZ_RT_THREAD_ID_SELF);
	CHECK_EQ(me.id, 1);
	CHECK(me.tcb == __builtin_thread_pointer());
	struct thread_info one = twz_rt_get_thread_info(1);
	CHECK_EQ(one.id, 1);
	CHECK(one.tcb == me.tcb);

	/* A start function that returns ends its thread; the result's tcb is the thread's own. */
	struct seen s = {0};
	struct spawn_result r = spawn(report_self, (size_t)&s);
	CHECK_OK(r.err);
	CHECK_EQ(r.id, 2);
	CHECK(r.tcb != NULL);
	struct thread_info info = twz_rt_get_thread_info(r.id);
	CHECK_EQ(info.id, r.id);
	CHECK(info.tcb == r.tcb);
	CHECK_OK(twz_rt_join_thread(r.id, NO_DURATION));
	CHECK_EQ(s.arg_ok, 1);
	CHECK_EQ(s.id, r.id);
	CHECK(s.tcb == r.tcb);
	CHECK(s.fs == r.tcb);

	/* Joined: the id is gone, joining again is BAD_HANDLE, and the id is reused. */
	info = twz_rt_get_thread_info(r.id);
	CHECK_EQ(info.id, r.id);
	CHECK(info.tcb == NULL);
	CHECK_EQ(info.objid, 0);
	CHECK_EQ(twz_rt_join_thread(r.id, NO_DURATION), 0x200000004ull);
	struct spawn_result r2 = spawn(report_self, (size_t)&s);
	CHECK_OK(r2.err);
	CHECK_EQ(r2.id, r.id);
	CHECK_OK(twz_rt_join_thread(r2.id, NO_DURATION));

	/* twz_rt_exit on a spawned thread ends that thread only. */
	int flag = 0;
	r = spawn(exit_early, (size_t)&flag);
	CHECK_OK(r.err);
	CHECK_OK(twz_rt_join_thread(r.id, NO_DURATION));
	CHECK_EQ(flag, 1);

	/* BAD_HANDLE: unknown ids, self, the SELF constant. */
	CHECK_EQ(twz_rt_join_thread(0, NO_DURATION), 0x200000004ull);
	CHECK_EQ(twz_rt_join_thread(777, NO_DURATION), 0x200000004ull);
	CHECK_EQ(twz_rt_join_thread(1, NO_DURATION), 0x200000004ull);
	CHECK_EQ(twz_rt_join_thread(TWZ_RT_THREAD_ID_SELF, NO_DURATION), 0x200000004ull);
	info = twz_rt_get_thread_info(777);
	CHECK_EQ(info.id, 777);
	CHECK(info.tcb == NULL);

	/* Invalid arguments. */
	r = twz_rt_spawn_thread((struct spawn_args){0, (uintptr_t)report_self, 0});
	CHECK_EQ(r.err, 0x200000001ull);
	CHECK_EQ(r.id, 0);
	CHECK(r.tcb == NULL);
	r = twz_rt_spawn_thread((struct spawn_args){STACK, 0, 0});
	CHECK_EQ(r.err, 0x200000001ull);
	r = twz_rt_spawn_thread((struct spawn_args){(size_t)1 << 62, (uintptr_t)report_self, 0});
	CHECK(r.err != 0);
	CHECK_EQ(r.id, 0);

	/* Join with a timeout on a thread that cannot end yet, then for real. */
	r = spawn(wait_gate, 0);
	CHECK_OK(r.err);
	CHECK_EQ(twz_rt_join_thread(r.id, timeout_ms(0)), 0x100000004ull);
	CHECK_EQ(twz_rt_join_thread(r.id, timeout_ms(20)), 0x100000004ull);
	__atomic_store_n(&gate, 1, __ATOMIC_RELEASE);
	twz_rt_futex_wake(&gate, FUTEX_WAKE_ALL);
	CHECK_OK(twz_rt_join_thread(r.id, timeout_ms(60000)));
	return t_status();
}
