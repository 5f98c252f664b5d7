/* Static TLS layout and per-thread TLS areas (see tls.h). */
#include "tls.h"

static struct {
	struct rt_tls_module mods[RT_TLS_STATIC_MAX];
	size_t nmods;
	size_t size;  /* largest tpoff: bytes of static TLS below the thread pointer */
	size_t align; /* thread-pointer alignment: max of the modules' and the TCB's */
} tls = {.align = _Alignof(struct rt_tcb)};

size_t rt_tls_add_static(const void *image, size_t filesz, size_t memsz, size_t align)
{
	if (tls.nmods == RT_TLS_STATIC_MAX || align == 0 || (align & (align - 1)) || filesz > memsz)
		return 0;
	struct rt_tls_module *m = &tls.mods[tls.nmods++];
	m->image = image;
	m->filesz = filesz;
	m->memsz = memsz;
	m->align = align;
	m->tpoff = HOST_ALIGN_UP(tls.size + memsz, align);
	tls.size = m->tpoff;
	if (align > tls.align)
		tls.align = align;
	return tls.nmods;
}

const struct rt_tls_module *rt_tls_module(size_t mod_id)
{
	if (mod_id == 0 || mod_id > tls.nmods)
		return NULL;
	return &tls.mods[mod_id - 1];
}

size_t rt_tls_area_size(void)
{
	return (tls.nmods + 1) * sizeof(void *) + tls.align + tls.size + sizeof(struct rt_tcb);
}

struct rt_tcb *rt_tls_area_init(void *area, size_t len, bool zeroed)
{
	if (len < rt_tls_area_size())
		return NULL;
	void **dtv = area;
	uintptr_t tp = HOST_ALIGN_UP((uintptr_t)(dtv + tls.nmods + 1) + tls.size, tls.align);
	struct rt_tcb *tcb = (struct rt_tcb *)tp;
	if (!zeroed)
		memset(tcb, 0, sizeof *tcb);
	dtv[0] = (void *)1; /* generation: the static set never changes */
	for (size_t i = 0; i < tls.nmods; i++) {
		const struct rt_tls_module *m = &tls.mods[i];
		unsigned char *block = (unsigned char *)(tp - m->tpoff);
		memcpy(block, m->image, m->filesz);
		if (!zeroed)
			memset(block + m->filesz, 0, m->memsz - m->filesz);
		dtv[i + 1] = block;
	}
	tcb->self = tcb;
	tcb->dtv = dtv;
	return tcb;
}

void *rt_tls_static_addr(size_t mod_id, size_t offset)
{
	const struct rt_tls_module *m = rt_tls_module(mod_id);
	if (!m)
		return NULL;
	return (char *)rt_tcb_self() - m->tpoff + offset;
}
