/* Object ids: random generation and their spelling as store file names. */
#include "objstore_internal.h"
#include "random.h"

void host_objid_hex(host_objid id, char out[HOST_OBJID_HEX_LEN + 1])
{
	static const char digits[] = "0123456789abcdef";
	for (int i = HOST_OBJID_HEX_LEN - 1; i >= 0; i--) {
		out[i] = digits[(unsigned)id & 0xf];
		id >>= 4;
	}
	out[HOST_OBJID_HEX_LEN] = '\0';
}

long host_objid_random(host_objid *id)
{
	host_objid v = 0;
	while (!v) { /* zero means "no object": draw again (probability 2^-128) */
		long r = host_getrandom(&v, sizeof v, false);
		if (r < 0)
			return r;
	}
	*id = v;
	return 0;
}
