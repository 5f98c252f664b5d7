/* Thread names: unnamed, set/get on the caller, get through another thread's tcb, truncation to the
 * caller's buffer, and an unknown tcb. */
#include "tcheck.h"

static int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static _Atomic futex_word named, done;

static void worker(size_t arg)
{
	(void)arg;
	twz_rt_set_name("worker-7");
	__atomic_store_n(&named, 1, __ATOMIC_RELEASE);
	twz_rt_futex_wake(&named, FUTEX_WAKE_ALL);
	while (!__atomic_load_n(&done, __ATOMIC_ACQUIRE))
		twz_rt_futex_wait(&done, 0, NO_DURATION);
}

int main(void)
{
	char buf[64] = "untouched";
	size_t len = sizeof buf;
	twz_rt_get_name(NULL, buf, &len);
	CHECK_EQ(len, 0);
	CHECK(streq(buf, "untouched"));

	twz_rt_set_name("main-thread");
	len = sizeof buf;
	twz_rt_get_name(NULL, buf, &len);
	CHECK_EQ(len, 12);
	CHECK(streq(buf, "main-thread"));
	len = sizeof buf;
	twz_rt_get_name(__builtin_thread_pointer(), buf, &len);
	CHECK_EQ(len, 12);
	CHECK(streq(buf, "main-thread"));

	/* Truncated to the buffer, NUL included. */
	char small[5];
	len = sizeof small;
	twz_rt_get_name(NULL, small, &len);
	CHECK_EQ(len, 5);
	CHECK(streq(small, "main"));

	struct spawn_result r = twz_rt_spawn_thread((struct spawn_args){64 * 1024, (uintptr_t)worker, 0});
	REQUIRE(r.err == 0);
	while (!__atomic_load_n(&named, __ATOMIC_ACQUIRE))
		twz_rt_futex_wait(&named, 0, NO_DURATION);
	len = sizeof buf;
	twz_rt_get_name(r.tcb, buf, &len);
	CHECK_EQ(len, 9);
	CHECK(streq(buf, "worker-7"));
	__atomic_store_n(&done, 1, __ATOMIC_RELEASE);
	twz_rt_futex_wake(&done, FUTEX_WAKE_ALL);
	CHECK_OK(twz_rt_join_thread(r.id, NO_DURATION));

	/* A tcb no thread has (any more): zero-filled, length 0. */
	len = sizeof buf;
	twz_rt_get_name(r.tcb, buf, &len);
	CHECK_EQ(len, 0);
	CHECK_EQ(buf[0], 0);
	CHECK_EQ(buf[63], 0);

	/* A long name is kept (up to the runtime's limit of 127 bytes). */
	char longname[200];
	for (int i = 0; i < 199; i++)
		longname[i] = (char)('a' + i % 26);
	longname[199] = 0;
	twz_rt_set_name(longname);
	char big[256];
	len = sizeof big;
	twz_rt_get_name(NULL, big, &len);
	CHECK(len >= 64 && len <= 200);
	CHECK_EQ(big[len - 1], 0);
	CHECK_EQ(big[0], 'a');
	return t_status();
}
