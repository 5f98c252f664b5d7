/* __twz_rt_map_two_objects: adjacent slots (first below second), both results always written, the
 * same error in both on failure, and the mappings behave like any other. */
#include "object/otest.h"

static void test_pair(void)
{
	objid a = ot_new_volatile(), b = ot_new_volatile();
	struct map_result r1, r2;
	/* Take a few ordinary slots first so the pair does not simply start the arena. */
	struct object_handle x = ot_map(a, MAP_FLAG_R);
	__twz_rt_map_two_objects(a, MAP_FLAG_R | MAP_FLAG_X, b, RW, &r1, &r2);
	CHECK_OK(r1.error);
	CHECK_OK(r2.error);
	CHECK(r1.handle.id == a && r2.handle.id == b);
	CHECK_EQ((uintptr_t)r2.handle.start - (uintptr_t)r1.handle.start, SLOT_SIZE);
	CHECK_EQ(r1.handle.map_flags, MAP_FLAG_R | MAP_FLAG_X);
	CHECK_EQ(r2.handle.map_flags, RW);
	CHECK_EQ(ot_refs(&r1.handle), 1);
	CHECK_EQ(ot_refs(&r2.handle), 1);
	CHECK(r1.handle.start != x.start);
	ot_data(&r2.handle)[0] = 0xb;
	/* Found by address, but not handed out by map_object (not in the (id, flags) cache). */
	struct object_handle g = twz_rt_get_object_handle((char *)r2.handle.start + 8);
	CHECK(g.runtime_info == r2.handle.runtime_info);
	twzrt_handle_drop(&g);
	struct object_handle m = ot_map(b, RW);
	CHECK(m.start != r2.handle.start);
	CHECK_EQ(ot_data(&m)[0], 0xb);
	twzrt_handle_drop(&m);
	/* Released: unmapped at once. */
	void *s1 = r1.handle.start;
	twzrt_handle_drop(&r1.handle);
	twzrt_handle_drop(&r2.handle);
	CHECK(twz_rt_get_object_handle(s1).id == 0);

	/* Many pairs in a row, each adjacent. */
	struct map_result p1[10], p2[10];
	for (int i = 0; i < 10; i++) {
		__twz_rt_map_two_objects(a, MAP_FLAG_R, b, MAP_FLAG_R, &p1[i], &p2[i]);
		CHECK_OK(p1[i].error);
		CHECK_EQ((uintptr_t)p2[i].handle.start - (uintptr_t)p1[i].handle.start, SLOT_SIZE);
	}
	for (int i = 0; i < 10; i += 2) { /* free every other pair, leaving holes */
		twzrt_handle_drop(&p1[i].handle);
		twzrt_handle_drop(&p2[i].handle);
	}
	for (int i = 0; i < 10; i += 2) {
		__twz_rt_map_two_objects(a, MAP_FLAG_R, b, MAP_FLAG_R, &p1[i], &p2[i]);
		CHECK_OK(p1[i].error);
		CHECK_EQ((uintptr_t)p2[i].handle.start - (uintptr_t)p1[i].handle.start, SLOT_SIZE);
	}
	for (int i = 0; i < 10; i++) {
		twzrt_handle_drop(&p1[i].handle);
		twzrt_handle_drop(&p2[i].handle);
	}
	twzrt_handle_drop(&x);
	ot_delete(a);
	ot_delete(b);
}

static void test_errors(void)
{
	objid a = ot_new_volatile();
	struct map_result r1, r2;
	__twz_rt_map_two_objects(a, MAP_FLAG_R, 0, MAP_FLAG_R, &r1, &r2);
	CHECK_EQ(r1.error, E_INVALID_ARGUMENT);
	CHECK_EQ(r2.error, E_INVALID_ARGUMENT);
	CHECK(r1.handle.start == NULL && r2.handle.start == NULL && r1.handle.id == 0);
	objid missing = ((objid)3 << 80) | 1;
	__twz_rt_map_two_objects(a, MAP_FLAG_R, missing, MAP_FLAG_R, &r1, &r2);
	CHECK_EQ(r1.error, E_NOT_FOUND);
	CHECK_EQ(r2.error, E_NOT_FOUND);
	CHECK(r1.handle.runtime_info == NULL && r2.handle.runtime_info == NULL);
	__twz_rt_map_two_objects(missing, MAP_FLAG_R, a, MAP_FLAG_R, &r1, &r2);
	CHECK_EQ(r1.error, E_NOT_FOUND);
	CHECK_EQ(r2.error, E_NOT_FOUND);
	/* Failed attempts leaked no slots: a fresh pair still works after many of them. */
	for (int i = 0; i < 3000; i++)
		__twz_rt_map_two_objects(a, MAP_FLAG_R, missing, MAP_FLAG_R, &r1, &r2);
	__twz_rt_map_two_objects(a, MAP_FLAG_R, a, RW, &r1, &r2);
	CHECK_OK(r1.error);
	CHECK_OK(r2.error);
	twzrt_handle_drop(&r1.handle);
	twzrt_handle_drop(&r2.handle);
	ot_delete(a);
}

int main(void)
{
	test_pair();
	test_errors();
	return t_status();
}
