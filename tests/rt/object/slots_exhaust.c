/* Used by object_slots.sh (run with TWZ_SLOTS=16): maps objects until no slot is left, expecting
 * RESOURCE/OUT_OF_RESOURCES; inactive (released, cached) mappings give their slots up on demand. */
#include "otest.h"

enum { MAXH = 64 };

int main(void)
{
	static objid ids[MAXH];
	static struct object_handle h[MAXH];
	int n = 0;
	twz_error last = 0;
	for (; n < MAXH; n++) {
		ids[n] = ot_new_volatile();
		struct map_result r = twz_rt_map_object(ids[n], RW);
		if (r.error) {
			last = r.error;
			break;
		}
		h[n] = r.handle;
	}
	CHECK_EQ(last, E_OUT_OF_RESOURCES);
	REQUIRE(n >= 4 && n < 16);
	/* Hot maps of mapped objects still work: no new slot needed. */
	struct object_handle again = ot_map(ids[0], RW);
	CHECK(again.start == h[0].start);
	twzrt_handle_drop(&again);
	/* Two adjacent slots: none either. */
	struct map_result p1, p2;
	__twz_rt_map_two_objects(ids[0], MAP_FLAG_R, ids[1], MAP_FLAG_R, &p1, &p2);
	CHECK_EQ(p1.error, E_OUT_OF_RESOURCES);
	CHECK_EQ(p2.error, E_OUT_OF_RESOURCES);

	/* Release two (cached, inactive): a new object evicts one and maps. */
	twzrt_handle_drop(&h[0]);
	twzrt_handle_drop(&h[1]);
	struct object_handle x = ot_map(ids[n], RW);
	ot_data(&x)[0] = 5;
	twzrt_handle_drop(&x);
	/* Free everything: a pair is available again. */
	for (int i = 2; i < n; i++)
		twzrt_handle_drop(&h[i]);
	__twz_rt_map_two_objects(ids[0], MAP_FLAG_R, ids[1], MAP_FLAG_R, &p1, &p2);
	CHECK_OK(p1.error);
	CHECK_OK(p2.error);
	if (!p1.error) {
		CHECK_EQ((uintptr_t)p2.handle.start - (uintptr_t)p1.handle.start, SLOT_SIZE);
		twzrt_handle_drop(&p1.handle);
		twzrt_handle_drop(&p2.handle);
	}
	for (int i = 0; i <= n; i++)
		ot_delete(ids[i]);
	return t_status();
}
