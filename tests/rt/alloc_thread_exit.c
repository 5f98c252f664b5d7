/* Many short-lived threads that fill their allocator caches and exit: their caches go back to the
 * central pool (no cache records leak, the heap stops growing), and blocks they allocated but left
 * behind can be freed by the main thread afterwards. */
#include "tcheck.h"

#define WAVES 50
#define PER_WAVE 4
#define KEEP 64

struct rt_alloc_stats {
	size_t live_caches, heap_objects, heap_pages, free_pages, dirty_free_pages;
};
extern void rt_alloc_get_stats(struct rt_alloc_stats *st) __attribute__((weak));

/* Blocks each thread leaves for the main thread to free. */
static void *kept[WAVES * PER_WAVE][KEEP];
static _Atomic uint32_t bad;

static size_t size_of(size_t i)
{
	return 8 + (i * 97) % 3000;
}

static void worker(size_t slot)
{
	/* Touch many classes so the cache holds blocks of each when the thread ends. */
	void *tmp[256];
	for (int round = 0; round < 4; round++) {
		for (size_t i = 0; i < 256; i++) {
			tmp[i] = twz_rt_malloc(size_of(i), 8, 0);
			if (!tmp[i]) {
				__atomic_fetch_add(&bad, 1, __ATOMIC_RELAXED);
				return;
			}
			*(size_t *)tmp[i] = i;
		}
		for (size_t i = 0; i < 256; i++) {
			if (*(size_t *)tmp[i] != i)
				__atomic_fetch_add(&bad, 1, __ATOMIC_RELAXED);
			twz_rt_dealloc(tmp[i], size_of(i), 8, 0);
		}
	}
	for (size_t i = 0; i < KEEP; i++) {
		kept[slot][i] = twz_rt_malloc(size_of(i), 8, 0);
		if (kept[slot][i])
			*(size_t *)kept[slot][i] = slot * KEEP + i;
	}
}

static void run_wave(int w)
{
	thread_id ids[PER_WAVE];
	for (int i = 0; i < PER_WAVE; i++) {
		struct spawn_args a = {
		    .stack_size = 128 * 1024, .start = (uintptr_t)worker, .arg = (size_t)(w * PER_WAVE + i)};
		struct spawn_result r = twz_rt_spawn_thread(a);
		REQUIRE(r.err == 0);
		ids[i] = r.id;
	}
	struct option_duration forever = {{0, 0}, 0};
	for (int i = 0; i < PER_WAVE; i++)
		CHECK_OK(twz_rt_join_thread(ids[i], forever));
	/* Free what the wave left behind, from this thread. */
	for (int i = 0; i < PER_WAVE; i++) {
		size_t slot = (size_t)(w * PER_WAVE + i);
		for (size_t k = 0; k < KEEP; k++) {
			CHECK(kept[slot][k] != NULL);
			if (!kept[slot][k])
				continue;
			CHECK_EQ(*(size_t *)kept[slot][k], slot * KEEP + k);
			twz_rt_dealloc(kept[slot][k], size_of(k), 8, 0);
		}
	}
}

int main(void)
{
	/* Give the main thread a cache first, so it is counted in both snapshots. */
	twz_rt_dealloc(twz_rt_malloc(8, 8, 0), 8, 8, 0);
	struct rt_alloc_stats st0 = {0}, st1 = {0}, st2 = {0};
	if (rt_alloc_get_stats)
		rt_alloc_get_stats(&st0);
	for (int w = 0; w < 5; w++)
		run_wave(w);
	if (rt_alloc_get_stats)
		rt_alloc_get_stats(&st1);
	for (int w = 5; w < WAVES; w++)
		run_wave(w);
	CHECK_EQ(bad, 0);
	if (rt_alloc_get_stats) {
		rt_alloc_get_stats(&st2);
		/* Only the main thread's cache is alive. */
		CHECK_EQ(st0.live_caches, 1);
		CHECK_EQ(st1.live_caches, 1);
		CHECK_EQ(st2.live_caches, 1);
		/* Later waves reuse what earlier ones returned: at most a little growth (1 MiB) for 180 more
		 * threads than the first snapshot saw. */
		CHECK(st2.heap_pages <= st1.heap_pages + 256);
		CHECK_EQ(st2.heap_objects, st1.heap_objects);
	}
	return t_status();
}
