/* Memory for the loader's records: the runtime's allocator, with failures reported as loader errors. */
#include "ld.h"

void *ld_alloc(size_t n)
{
	void *p = twz_rt_malloc(n ? n : 1, 16, ZERO_MEMORY);
	if (!p)
		ld_error(LD_EXIT_NOT_FOUND, "out of memory (%zu bytes)", n);
	return p;
}

void ld_free(void *p, size_t n)
{
	if (p)
		twz_rt_dealloc(p, n ? n : 1, 16, 0);
}

char *ld_strdup(const char *s)
{
	size_t n = host_strlen(s) + 1;
	char *d = ld_alloc(n);
	if (d)
		memcpy(d, s, n);
	return d;
}

void ld_free_str(char *s)
{
	if (s)
		ld_free(s, host_strlen(s) + 1);
}
