/* Used by object_rofault.sh: writes through a read-only mapping, which must fault (the runtime reports
 * the fault and the process dies as if by SIGSEGV, status 139). Exits 3 if the write went through. */
#include "otest.h"

int main(void)
{
	objid id = ot_new_volatile();
	struct object_handle w = ot_map(id, RW);
	ot_data(&w)[0] = 1;
	struct object_handle r = ot_map(id, MAP_FLAG_R);
	REQUIRE(ot_data(&r)[0] == 1);
	ot_data(&r)[0] = 2;
	return 3;
}
