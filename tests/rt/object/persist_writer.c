/* Used by object_persist.sh: creates a persistent object, writes a pattern over several pages, syncs
 * it, prints its id on stdout, and then waits forever (the test kills it with SIGKILL). */
#include "otest.h"

int main(void)
{
	struct object_create s = {0, LIFETIME_TYPE_PERSISTENT, BACKING_TYPE_NORMAL, 0, RW};
	struct objid_result r = twz_rt_create_object(&s, NULL, 0, NULL, 0, NULL, 0);
	REQUIRE(r.err == 0);
	struct object_handle h = ot_map(r.val, RW | MAP_FLAG_PERSIST);
	for (uint64_t page = 0; page < 64; page++) {
		volatile uint64_t *p = (volatile uint64_t *)((char *)h.start + 0x1000 + page * 0x1000);
		for (int i = 0; i < 512; i += 64)
			p[i] = page * 1000 + (uint64_t)i;
	}
	/* A FOT entry too: metadata must persist as well. */
	struct twzrt_fot_entry e = twzrt_fot_entry_for(((objid)0xfeed << 64) | 0xbeef);
	REQUIRE(twz_rt_insert_fot(&h, &e).val == 1);
	REQUIRE(twz_rt_object_cmd(&h, OBJECT_CMD_SYNC, NULL) == 0);
	ot_put_id(1, r.val);
	static TWZ_ATOMIC(futex_word) never;
	for (;;)
		twz_rt_futex_wait(&never, 0, NO_DURATION);
}
