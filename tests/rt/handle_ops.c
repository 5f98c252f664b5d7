/* Handles: the reference-count convention (spec §6.1), twz_rt_get_object_handle,
 * twz_rt_locate_object_start, twz_rt_update_handle and twz_rt_object_cmd (SYNC, UPDATE, errors). */
#include "object/otest.h"

static int in_program;

static void test_get_object_handle(void)
{
	objid id = ot_new_volatile();
	struct object_handle a = ot_map(id, RW);
	struct object_handle g = twz_rt_get_object_handle((char *)a.start + 0x123456);
	CHECK(g.id == id && g.runtime_info == a.runtime_info && g.start == a.start && g.meta == a.meta);
	CHECK_EQ(g.map_flags, RW);
	CHECK_EQ(g.valid_len, 262142);
	CHECK_EQ(ot_refs(&a), 2); /* g owns a reference */
	twzrt_handle_dup(&g);
	CHECK_EQ(ot_refs(&a), 3);
	twzrt_handle_drop(&g);
	twzrt_handle_drop(&g);
	CHECK_EQ(ot_refs(&a), 1);

	/* A released (inactive) mapping is revived by an address lookup. */
	void *start = a.start;
	twzrt_handle_drop(&a);
	g = twz_rt_get_object_handle(start);
	CHECK(g.id == id && g.start == start);
	CHECK_EQ(ot_refs(&g), 1);
	twzrt_handle_drop(&g);

	/* Addresses in no object: the program image, the stack, NULL. */
	struct object_handle n = twz_rt_get_object_handle(&in_program);
	CHECK(n.id == 0 && n.runtime_info == NULL && n.start == NULL);
	int local;
	n = twz_rt_get_object_handle(&local);
	CHECK(n.id == 0 && n.start == NULL);
	n = twz_rt_get_object_handle(NULL);
	CHECK(n.id == 0);
	/* The runtime heap: borrowed (never counted) or no handle at all. */
	void *heap = twz_rt_malloc(64, 16, 0);
	REQUIRE(heap != NULL);
	n = twz_rt_get_object_handle(heap);
	CHECK(n.runtime_info == NULL);
	CHECK(n.id == 0 || n.start == twz_rt_locate_object_start(heap));
	twz_rt_dealloc(heap, 64, 16, 0);
	CHECK(twz_rt_locate_object_start(&local) == NULL);
	CHECK(twz_rt_locate_object_start(NULL) == NULL);
	ot_delete(id);
}

static void test_cmd_errors(void)
{
	objid id = ot_new_volatile();
	struct object_handle a = ot_map(id, RW);
	CHECK_EQ(twz_rt_object_cmd(NULL, OBJECT_CMD_SYNC, NULL), E_INVALID_ARGUMENT);
	CHECK_EQ(twz_rt_object_cmd(&a, 0, NULL), E_INVALID_ARGUMENT);
	CHECK_EQ(twz_rt_object_cmd(&a, 99, NULL), E_INVALID_ARGUMENT);
	struct object_handle borrowed = a;
	borrowed.runtime_info = NULL;
	CHECK_EQ(twz_rt_object_cmd(&borrowed, OBJECT_CMD_DELETE, NULL), E_INVALID_ARGUMENT);
	CHECK_EQ(twz_rt_update_handle(&borrowed), E_INVALID_ARGUMENT);
	CHECK_EQ(twz_rt_update_handle(NULL), E_INVALID_ARGUMENT);
	struct object_handle zero = {0};
	CHECK_EQ(twz_rt_object_cmd(&zero, OBJECT_CMD_UPDATE, NULL), E_INVALID_ARGUMENT);
	/* A forged runtime_info is not trusted. */
	uint64_t fake = 1;
	struct object_handle forged = a;
	forged.runtime_info = &fake;
	CHECK_EQ(twz_rt_object_cmd(&forged, OBJECT_CMD_DELETE, NULL), E_INVALID_ARGUMENT);
	twz_rt_release_handle(&forged, RELEASE_NO_CACHE);
	CHECK_EQ(fake, 1);
	ot_data(&a)[0] = 1; /* still mapped */

	CHECK_OK(twz_rt_object_cmd(&a, OBJECT_CMD_UPDATE, NULL));
	CHECK_OK(twz_rt_update_handle(&a));
	twzrt_handle_drop(&a);
	ot_delete(id);
}

static void test_sync(uint32_t lifetime)
{
	struct object_create s = {0, lifetime, BACKING_TYPE_NORMAL, 0, RW};
	struct objid_result r = twz_rt_create_object(&s, NULL, 0, NULL, 0, NULL, 0);
	REQUIRE(r.err == 0);
	struct object_handle a = ot_map(r.val, RW | MAP_FLAG_PERSIST);
	ot_data(&a)[0] = 0x5157;
	CHECK_OK(twz_rt_object_cmd(&a, OBJECT_CMD_SYNC, NULL));

	_Atomic uint64_t release = 7, durable = 12345;
	struct sync_info si = {7, 8, &release, &durable, SYNC_FLAG_DURABLE, 0};
	CHECK_OK(twz_rt_object_cmd(&a, OBJECT_CMD_SYNC, &si));
	CHECK_EQ(release, 8);
	CHECK_EQ(durable, 0);
	/* The compare fails: release_ptr keeps its value. */
	si.flags = SYNC_FLAG_ASYNC_DURABLE;
	durable = 99;
	CHECK_OK(twz_rt_object_cmd(&a, OBJECT_CMD_SYNC, &si));
	CHECK_EQ(release, 8);
	CHECK_EQ(durable, 0);
	/* NULL pointers inside sync_info are skipped. */
	struct sync_info none = {0, 0, NULL, NULL, 0, 0};
	CHECK_OK(twz_rt_object_cmd(&a, OBJECT_CMD_SYNC, &none));
	CHECK_OK(twz_rt_object_cmd(&a, OBJECT_CMD_DELETE, NULL));
	twzrt_handle_drop(&a);
}

int main(void)
{
	test_get_object_handle();
	test_cmd_errors();
	test_sync(LIFETIME_TYPE_VOLATILE);
	test_sync(LIFETIME_TYPE_PERSISTENT);
	return t_status();
}
