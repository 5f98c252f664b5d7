/* Handles under concurrency: threads map, copy, drop and release (cached and RELEASE_NO_CACHE) handles
 * of a shared set of objects larger than the inactive queue, look addresses up and resolve FOT entries,
 * all at once. Every handle must always show its own object's data, and nothing may be unmapped while a
 * handle to it lives. */
#include <stdatomic.h>

#include "object/otest.h"

enum { NOBJ = 40, NTHREADS = 4, ROUNDS = 10000 };

static objid ids[NOBJ];
static objid fot_src;
static TWZ_ATOMIC(uint32_t) bad;

static uint32_t next_rand(uint32_t *s)
{
	*s = *s * 1664525u + 1013904223u;
	return *s >> 8;
}

static void check(int cond)
{
	if (!cond)
		atomic_fetch_add(&bad, 1);
}

static void worker(size_t arg)
{
	uint32_t seed = (uint32_t)arg * 7919u + 1;
	for (int i = 0; i < ROUNDS; i++) {
		uint32_t r = next_rand(&seed);
		int k = (int)(r % NOBJ);
		map_flags f = (r & 0x100) ? RW : MAP_FLAG_R;
		struct map_result m = twz_rt_map_object(ids[k], f);
		check(m.error == 0);
		if (m.error)
			continue;
		check(m.handle.id == ids[k]);
		check(ot_data(&m.handle)[0] == (uint64_t)k + 1);
		switch ((r >> 12) % 4) {
		case 0: { /* copy, then drop both */
			struct object_handle c = m.handle;
			twzrt_handle_dup(&c);
			check(ot_data(&c)[0] == (uint64_t)k + 1);
			twzrt_handle_drop(&c);
			break;
		}
		case 1: { /* look the address up */
			struct object_handle g = twz_rt_get_object_handle((char *)m.handle.start + 0x1000);
			check(g.id == ids[k]);
			twzrt_handle_drop(&g);
			break;
		}
		case 2: { /* resolve through the shared FOT */
			struct object_handle s = ot_map(fot_src, MAP_FLAG_R);
			struct map_result t = twz_rt_resolve_fot(&s, (uint64_t)k + 1, 0, MAP_FLAG_R);
			check(t.error == 0 && t.handle.id == ids[k]);
			if (!t.error) {
				check(ot_data(&t.handle)[0] == (uint64_t)k + 1);
				void *fast =
				    twz_rt_resolve_fot_local(s.start, (uint64_t)k + 1, 0, MAP_FLAG_R);
				check(fast == NULL || fast == t.handle.start);
				twzrt_handle_drop(&t.handle);
			}
			if (r & 0x200)
				twz_rt_update_handle(&s);
			twzrt_handle_drop(&s);
			break;
		}
		default:
			break;
		}
		check(ot_data(&m.handle)[0] == (uint64_t)k + 1);
		if ((r & 0xf000000) == 0 &&
		    __atomic_fetch_sub((uint64_t *)m.handle.runtime_info, 1, __ATOMIC_RELEASE) == 1)
			twz_rt_release_handle(&m.handle, RELEASE_NO_CACHE);
		else if ((r & 0xf000000) != 0)
			twzrt_handle_drop(&m.handle);
	}
}

int main(void)
{
	fot_src = ot_new_volatile();
	struct object_handle s = ot_map(fot_src, RW);
	for (int k = 0; k < NOBJ; k++) {
		ids[k] = ot_new_volatile();
		struct object_handle h = ot_map(ids[k], RW);
		ot_data(&h)[0] = (uint64_t)k + 1;
		twzrt_handle_drop(&h);
		struct twzrt_fot_entry e = twzrt_fot_entry_for(ids[k]);
		CHECK_EQ(twz_rt_insert_fot(&s, &e).val, (uint32_t)k + 1);
	}
	twzrt_handle_drop(&s);

	thread_id tids[NTHREADS];
	for (int t = 0; t < NTHREADS; t++) {
		struct spawn_args a = {1 << 16, (uintptr_t)worker, (size_t)t};
		struct spawn_result r = twz_rt_spawn_thread(a);
		CHECK_OK(r.err);
		tids[t] = r.id;
	}
	for (int t = 0; t < NTHREADS; t++)
		CHECK_OK(twz_rt_join_thread(tids[t], NO_DURATION));
	CHECK_EQ(atomic_load(&bad), 0);

	for (int k = 0; k < NOBJ; k++)
		ot_delete(ids[k]);
	ot_delete(fot_src);
	return t_status();
}
