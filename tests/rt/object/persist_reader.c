/* Used by object_persist.sh: maps the object whose id is argv[1] and checks persist_writer's pattern;
 * with argv[2] == "delete" it then deletes it. */
#include "otest.h"

int main(int argc, char **argv)
{
	REQUIRE(argc >= 2);
	objid id = ot_parse_id(argv[1]);
	REQUIRE(id != 0);
	struct object_handle h = ot_map(id, MAP_FLAG_R);
	for (uint64_t page = 0; page < 64; page++) {
		volatile uint64_t *p = (volatile uint64_t *)((char *)h.start + 0x1000 + page * 0x1000);
		for (int i = 0; i < 512; i += 64)
			CHECK_EQ(p[i], page * 1000 + (uint64_t)i);
	}
	const struct twzrt_meta_info *mi = h.meta;
	CHECK_EQ(mi->fotcount, 1);
	CHECK_EQ(mi->default_prot, RW);
	const struct twzrt_fot_entry *e = (const struct twzrt_fot_entry *)((char *)h.meta - 64);
	CHECK(twzrt_fot_entry_id(e) == (((objid)0xfeed << 64) | 0xbeef));
	if (argc >= 3 && argv[2][0] == 'd') {
		CHECK_OK(twz_rt_object_cmd(&h, OBJECT_CMD_DELETE, NULL));
		twzrt_handle_drop(&h);
		CHECK_EQ(twz_rt_map_object(id, MAP_FLAG_R).error, E_NOT_FOUND);
	} else {
		twzrt_handle_drop(&h);
	}
	return t_status();
}
