/* Static TLS per thread: every new thread sees the initial tdata values and a zero tbss, writes stay
 * per thread, and twz_rt_tls_get_addr / __tls_get_addr / twz_rt_tls_desc_resolve find the same
 * variables as the compiler's accesses. */
#include "tcheck.h"

static __thread uint64_t counter = 7;
static __thread uint64_t zeros[32];
static __thread uint8_t big_align[16] __attribute__((aligned(128))) = {0xab};

void *__tls_get_addr(struct tls_index *);

static uintptr_t tls_block(void)
{
	struct loaded_image li;
	if (!twz_rt_get_loaded_image(TWZ_RT_EXEID, &li))
		return 0;
	return (uintptr_t)li.dl_info.tls_data;
}

/* Checks this thread's view; arg: a value to leave in counter. */
static void check_thread(size_t arg)
{
	CHECK_EQ(counter, 7);
	for (int i = 0; i < 32; i++)
		CHECK_EQ(zeros[i], 0);
	CHECK_EQ(big_align[0], 0xab);
	CHECK_EQ((uintptr_t)big_align % 128, 0);

	uintptr_t block = tls_block();
	CHECK(block != 0);
	struct tls_index idx = {1, (uintptr_t)&counter - block};
	CHECK(twz_rt_tls_get_addr(&idx) == &counter);
	CHECK(__tls_get_addr(&idx) == &counter);
	struct tls_desc desc = {NULL, (uint64_t)(uintptr_t)&idx};
	CHECK(twz_rt_tls_desc_resolve(&desc) == &counter);
	struct tls_index bad = {2, 0};
	CHECK(twz_rt_tls_get_addr(&bad) == NULL);

	counter = arg;
	zeros[31] = arg;
	twz_rt_yield_now();
	CHECK_EQ(counter, arg);
	CHECK_EQ(zeros[31], arg);
}

int main(void)
{
	check_thread(1000);
	thread_id ids[8];
	for (size_t i = 0; i < 8; i++) {
		struct spawn_result r =
		    twz_rt_spawn_thread((struct spawn_args){64 * 1024, (uintptr_t)check_thread, i});
		REQUIRE(r.err == 0);
		ids[i] = r.id;
	}
	for (size_t i = 0; i < 8; i++)
		CHECK_OK(twz_rt_join_thread(ids[i], NO_DURATION));
	CHECK_EQ(counter, 1000);
	CHECK_EQ(zeros[31], 1000);
	return t_status();
}
