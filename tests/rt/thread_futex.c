/* Futexes: a ping-pong between two threads, an immediate return on a changed word, a timeout, waking
 * with no waiters, and "wake all". */
#include "tcheck.h"

#define ROUNDS 2000

static _Atomic futex_word turn; /* even: main's turn, odd: the partner's */

static void partner(size_t arg)
{
	(void)arg;
	for (uint32_t i = 0; i < ROUNDS; i++) {
		uint32_t want = 2 * i + 1;
		uint32_t v;
		while ((v = __atomic_load_n(&turn, __ATOMIC_ACQUIRE)) != want)
			twz_rt_futex_wait(&turn, v, NO_DURATION);
		__atomic_store_n(&turn, want + 1, __ATOMIC_RELEASE);
		twz_rt_futex_wake(&turn, 1);
	}
}

static _Atomic futex_word released;
static _Atomic uint32_t woke;

static void sleeper(size_t arg)
{
	(void)arg;
	while (!__atomic_load_n(&released, __ATOMIC_ACQUIRE))
		twz_rt_futex_wait(&released, 0, NO_DURATION);
	__atomic_fetch_add(&woke, 1, __ATOMIC_RELAXED);
}

int main(void)
{
	_Atomic futex_word w = 5;
	CHECK_OK(twz_rt_futex_wait(&w, 4, NO_DURATION)); /* value differs: at once */
	struct option_duration short_wait = {{0, 1000000}, 1};
	CHECK_EQ(twz_rt_futex_wait(&w, 5, short_wait), 0x100000004ull);
	struct option_duration zero = {{0, 0}, 1};
	CHECK_EQ(twz_rt_futex_wait(&w, 5, zero), 0x100000004ull);
	CHECK_OK(twz_rt_futex_wake(&w, 1));
	CHECK_OK(twz_rt_futex_wake(&w, FUTEX_WAKE_ALL));
	CHECK_OK(twz_rt_futex_wake(&w, -7));

	struct spawn_result r = twz_rt_spawn_thread((struct spawn_args){64 * 1024, (uintptr_t)partner, 0});
	REQUIRE(r.err == 0);
	for (uint32_t i = 0; i < ROUNDS; i++) {
		uint32_t want = 2 * i;
		uint32_t v;
		while ((v = __atomic_load_n(&turn, __ATOMIC_ACQUIRE)) != want)
			twz_rt_futex_wait(&turn, v, NO_DURATION);
		__atomic_store_n(&turn, want + 1, __ATOMIC_RELEASE);
		twz_rt_futex_wake(&turn, 1);
	}
	CHECK_OK(twz_rt_join_thread(r.id, NO_DURATION));
	CHECK_EQ(turn, 2 * ROUNDS);

	thread_id ids[4];
	for (int i = 0; i < 4; i++) {
		r = twz_rt_spawn_thread((struct spawn_args){64 * 1024, (uintptr_t)sleeper, 0});
		REQUIRE(r.err == 0);
		ids[i] = r.id;
	}
	__atomic_store_n(&released, 1, __ATOMIC_RELEASE);
	CHECK_OK(twz_rt_futex_wake(&released, FUTEX_WAKE_ALL));
	for (int i = 0; i < 4; i++)
		CHECK_OK(twz_rt_join_thread(ids[i], NO_DURATION));
	CHECK_EQ(woke, 4);
	return t_status();
}
