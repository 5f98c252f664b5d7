/* 1,000 threads spawned and joined, in waves of 50 alive at once, so ids are reused: every id stays in
 * 2..51 and every thread ran exactly once. */
#include "tcheck.h"

#define TOTAL 1000
#define WAVE 50

static _Atomic uint32_t ran[TOTAL];

static void body(size_t i)
{
	__atomic_fetch_add(&ran[i], 1, __ATOMIC_RELAXED);
}

int main(void)
{
	thread_id ids[WAVE];
	for (size_t base = 0; base < TOTAL; base += WAVE) {
		for (size_t k = 0; k < WAVE; k++) {
			struct spawn_result r =
			    twz_rt_spawn_thread((struct spawn_args){32 * 1024, (uintptr_t)body, base + k});
			REQUIRE(r.err == 0);
			CHECK(r.id >= 2 && r.id < 2 + WAVE);
			ids[k] = r.id;
		}
		for (size_t k = 0; k < WAVE; k++)
			CHECK_OK(twz_rt_join_thread(ids[k], NO_DURATION));
	}
	for (size_t i = 0; i < TOTAL; i++)
		CHECK_EQ(ran[i], 1);
	return t_status();
}
