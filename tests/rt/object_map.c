/* twz_rt_map_object and twz_rt_release_handle: errors, the handle's layout, the (id, flags) cache (hot
 * and warm maps), shared data between mappings, RELEASE_NO_CACHE, and deletion. */
#include "object/otest.h"

static void test_errors(void)
{
	struct map_result r = twz_rt_map_object(0, MAP_FLAG_R);
	CHECK_EQ(r.error, E_INVALID_ARGUMENT);
	CHECK(r.handle.id == 0 && r.handle.start == NULL && r.handle.runtime_info == NULL);
	r = twz_rt_map_object(((objid)1 << 100) | 99, MAP_FLAG_R);
	CHECK_EQ(r.error, E_NOT_FOUND);
	CHECK(r.handle.start == NULL);
	objid id = ot_new_volatile();
	r = twz_rt_map_object(id, 0x40);
	CHECK_EQ(r.error, E_INVALID_ARGUMENT);
	ot_delete(id);
}

static void test_layout_and_hot_map(void)
{
	objid id = ot_new_volatile();
	struct object_handle a = ot_map(id, RW);
	CHECK(a.id == id);
	REQUIRE(a.runtime_info != NULL);
	CHECK_EQ((uintptr_t)a.start & (SLOT_SIZE - 1), 0);
	CHECK_EQ((char *)a.meta - (char *)a.start, 0x3FFFF000);
	CHECK_EQ(a.map_flags, RW);
	CHECK_EQ(a.valid_len, 262142);
	CHECK_EQ(ot_refs(&a), 1);
	CHECK(twz_rt_locate_object_start((char *)a.start + 12345) == a.start);
	CHECK(twz_rt_locate_object_start((char *)a.meta + 4095) == a.start);

	/* Hot map: the same mapping, one more reference. */
	struct object_handle b = ot_map(id, RW);
	CHECK(b.start == a.start && b.runtime_info == a.runtime_info);
	CHECK_EQ(ot_refs(&a), 2);
	/* Other flags: another mapping of the same object, sharing its data. */
	struct object_handle c = ot_map(id, MAP_FLAG_R);
	CHECK(c.start != a.start && c.runtime_info != a.runtime_info);
	ot_data(&a)[5] = 0x5555;
	CHECK_EQ(ot_data(&c)[5], 0x5555);

	twzrt_handle_drop(&b);
	CHECK_EQ(ot_refs(&a), 1);
	void *old_start = a.start;
	twzrt_handle_drop(&a);
	/* Warm map: released to the inactive queue, mapped again in place, data intact. */
	struct object_handle d = ot_map(id, RW);
	CHECK(d.start == old_start);
	CHECK_EQ(ot_refs(&d), 1);
	CHECK_EQ(ot_data(&d)[5], 0x5555);
	twzrt_handle_drop(&d);
	twzrt_handle_drop(&c);
	ot_delete(id);
}

static void test_no_cache_release(void)
{
	objid id = ot_new_volatile();
	struct object_handle a = ot_map(id, RW);
	void *start = a.start;
	ot_data(&a)[0] = 42;
	REQUIRE(__atomic_fetch_sub((uint64_t *)a.runtime_info, 1, __ATOMIC_RELEASE) == 1);
	twz_rt_release_handle(&a, RELEASE_NO_CACHE);
	/* The slot is gone: the address no longer belongs to a mapping. */
	struct object_handle g = twz_rt_get_object_handle(start);
	CHECK(g.id == 0 && g.runtime_info == NULL);
	/* Mapped again from scratch: data kept by the object. */
	struct object_handle b = ot_map(id, RW);
	CHECK_EQ(ot_data(&b)[0], 42);
	twzrt_handle_drop(&b);
	ot_delete(id);
}

static void test_release_edge_cases(void)
{
	/* Borrowed and all-zero handles: no-ops. */
	struct object_handle z = {0};
	twz_rt_release_handle(&z, 0);
	twz_rt_release_handle(&z, RELEASE_NO_CACHE);
	objid id = ot_new_volatile();
	struct object_handle a = ot_map(id, RW);
	struct object_handle borrowed = a;
	borrowed.runtime_info = NULL;
	twz_rt_release_handle(&borrowed, RELEASE_NO_CACHE);
	ot_data(&a)[0] = 1; /* still mapped */
	/* Releasing while the count is not 0 (a caller bug, or a race with a cache hit): ignored. */
	twz_rt_release_handle(&a, RELEASE_NO_CACHE);
	ot_data(&a)[0] = 2;
	CHECK_EQ(ot_refs(&a), 1);
	/* A handle released twice (the second one stale): the second call does nothing. */
	struct object_handle copy = a;
	twzrt_handle_drop(&a);
	struct object_handle fresh = ot_map(id, RW); /* revives the cached record */
	CHECK(fresh.runtime_info == copy.runtime_info);
	twz_rt_release_handle(&copy, 0); /* count is 1 again: ignored */
	CHECK_EQ(ot_data(&fresh)[0], 2);
	twzrt_handle_drop(&fresh);
	ot_delete(id);
}

static void test_delete(void)
{
	objid id = ot_new_volatile();
	struct object_handle a = ot_map(id, RW);
	struct object_handle b = ot_map(id, MAP_FLAG_R);
	ot_data(&a)[0] = 9;
	twzrt_handle_drop(&b); /* b's mapping sits on the inactive queue */
	CHECK_OK(twz_rt_object_cmd(&a, OBJECT_CMD_DELETE, NULL));
	/* Live mappings keep working; new maps (any flags) fail. */
	CHECK_EQ(ot_data(&a)[0], 9);
	CHECK_EQ(twz_rt_map_object(id, RW).error, E_NOT_FOUND);
	CHECK_EQ(twz_rt_map_object(id, MAP_FLAG_R).error, E_NOT_FOUND);
	/* Deleting again: the object is already gone. */
	CHECK_EQ(twz_rt_object_cmd(&a, OBJECT_CMD_DELETE, NULL), E_NOT_FOUND);
	void *start = a.start;
	twzrt_handle_drop(&a); /* deleted: unmapped at once, not cached */
	struct object_handle g = twz_rt_get_object_handle(start);
	CHECK(g.id == 0);

	/* Persistent objects too. */
	struct object_create s = {0, LIFETIME_TYPE_PERSISTENT, BACKING_TYPE_NORMAL, 0, RW};
	struct objid_result r = twz_rt_create_object(&s, NULL, 0, NULL, 0, NULL, 0);
	CHECK_OK(r.err);
	struct object_handle p = ot_map(r.val, RW);
	CHECK_OK(twz_rt_object_cmd(&p, OBJECT_CMD_DELETE, NULL));
	twzrt_handle_drop(&p);
	CHECK_EQ(twz_rt_map_object(r.val, RW).error, E_NOT_FOUND);
}

static void test_many_flag_combinations(void)
{
	objid id = ot_new_volatile();
	map_flags all[] = {MAP_FLAG_R,
			   RW,
			   RW | MAP_FLAG_PERSIST,
			   MAP_FLAG_R | MAP_FLAG_INDIRECT,
			   MAP_FLAG_R | MAP_FLAG_X | MAP_FLAG_INDIRECT,
			   RW | MAP_FLAG_NO_NULLPAGE};
	struct object_handle h[6];
	for (int i = 0; i < 6; i++) {
		h[i] = ot_map(id, all[i]);
		CHECK_EQ(h[i].map_flags, all[i]);
	}
	ot_data(&h[1])[3] = 0x33;
	for (int i = 0; i < 5; i++)
		CHECK_EQ(ot_data(&h[i])[3], 0x33);
	/* Without the null page, the object base appears at start. */
	CHECK_EQ(((volatile uint64_t *)h[5].start)[3], 0x33);
	CHECK(((struct twzrt_meta_info *)h[5].meta)->default_prot == RW);
	for (int i = 0; i < 6; i++)
		twzrt_handle_drop(&h[i]);
	ot_delete(id);
}

int main(void)
{
	test_errors();
	test_layout_and_hot_map();
	test_no_cache_release();
	test_release_edge_cases();
	test_delete();
	test_many_flag_combinations();
	return t_status();
}
