/* twz_rt_get_object_handle on heap memory: a borrowed handle (runtime_info NULL) naming the heap object
 * whose slot holds the block (spec §6.3, case 2), and twz_rt_locate_object_start agreeing on the slot. */
#include "tcheck.h"

int main(void)
{
	char *p = twz_rt_malloc(64, 16, 0);
	REQUIRE(p != NULL);
	struct object_handle h = twz_rt_get_object_handle(p);
	CHECK(h.id != 0);
	CHECK(h.runtime_info == NULL);
	CHECK((char *)h.start <= p && p < (char *)h.start + (1ul << 30));
	CHECK(((uintptr_t)h.start & ((1ul << 30) - 1)) == 0);
	CHECK((h.map_flags & (MAP_FLAG_R | MAP_FLAG_W)) == (MAP_FLAG_R | MAP_FLAG_W));
	CHECK(twz_rt_locate_object_start(p) == h.start);

	/* A second block from the same heap object names the same object. */
	char *q = twz_rt_malloc(64, 16, 0);
	struct object_handle h2 = twz_rt_get_object_handle(q);
	if (h2.start == h.start)
		CHECK(h2.id == h.id);
	twz_rt_dealloc(p, 64, 16, 0);
	twz_rt_dealloc(q, 64, 16, 0);

	/* Memory outside every object: an all-zero handle. */
	int local;
	struct object_handle none = twz_rt_get_object_handle(&local);
	CHECK(none.id == 0 && none.start == NULL && none.runtime_info == NULL);
	return t_status();
}
