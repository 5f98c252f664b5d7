/* Memory for the loader's records: before the program starts, a bump area in the runtime's own bss
 * (already zero, private anonymous pages: no heap object is created just to load a program); after, or
 * once that area is full, the runtime's allocator. Failures are reported as loader errors. */
#include "ld.h"

#define BOOT_AREA (64 * 1024)
#define BOOT_ALIGN 16

static struct {
	_Alignas(BOOT_ALIGN) unsigned char area[BOOT_AREA];
	size_t used; /* bytes handed out from the start of area (loader lock held) */
} boot;

static bool in_boot(const void *p)
{
	return (const unsigned char *)p >= boot.area && (const unsigned char *)p < boot.area + BOOT_AREA;
}

void *ld_alloc(size_t n)
{
	size_t need = HOST_ALIGN_UP(n ? n : 1, BOOT_ALIGN);
	if (!ld.started && need <= BOOT_AREA - boot.used) {
		void *p = boot.area + boot.used;
		boot.used += need;
		return p;
	}
	void *p = twz_rt_malloc(n ? n : 1, BOOT_ALIGN, ZERO_MEMORY);
	if (!p)
		ld_error(LD_EXIT_NOT_FOUND, "out of memory (%zu bytes)", n);
	return p;
}

void ld_free(void *p, size_t n)
{
	if (!p)
		return;
	if (!in_boot(p)) {
		twz_rt_dealloc(p, n ? n : 1, BOOT_ALIGN, 0);
		return;
	}
	/* The area is a stack: only its last block comes back (cleared, as ld_alloc promises zeroed
	 * memory); others stay (start-up images are never unloaded). */
	size_t len = HOST_ALIGN_UP(n ? n : 1, BOOT_ALIGN);
	if ((unsigned char *)p + len == boot.area + boot.used) {
		memset(p, 0, len);
		boot.used -= len;
	}
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
