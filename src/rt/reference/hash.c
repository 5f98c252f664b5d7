/* The two ELF symbol hash functions (System V gABI; GNU: Bernstein's h * 33 + c). */
#include "ld.h"

uint32_t ld_sysv_hash(const char *name)
{
	const unsigned char *s = (const unsigned char *)name;
	uint32_t h = 0;
	for (; *s; s++) {
		h = (h << 4) + *s;
		h ^= (h >> 24) & 0xf0;
	}
	return h & 0x0fffffff;
}

uint32_t ld_gnu_hash(const char *name)
{
	const unsigned char *s = (const unsigned char *)name;
	uint32_t h = 5381;
	for (; *s; s++)
		h = h * 33 + *s;
	return h;
}
