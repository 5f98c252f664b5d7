/* Loaded images of a static program: exactly one, the program itself (id TWZ_RT_EXEID). */
#include "../core/tls/tls.h"
#include "minimal.h"

RT_HIDDEN struct rt_min_program rt_min_program;

void rt_min_program_set(const void *phdr, size_t phnum)
{
	struct rt_min_program p = {.phdr = phdr, .phnum = phnum, .start = UINTPTR_MAX};
	for (size_t i = 0; i < phnum; i++)
		if (p.phdr[i].p_type == PT_PHDR)
			p.bias = (uintptr_t)phdr - p.phdr[i].p_vaddr;
	for (size_t i = 0; i < phnum; i++) {
		const Elf64_Phdr *ph = &p.phdr[i];
		if (ph->p_type == PT_TLS) {
			p.tls = ph;
		} else if (ph->p_type == PT_LOAD) {
			uintptr_t lo = (p.bias + ph->p_vaddr) & ~(HOST_PAGE_SIZE - 1);
			uintptr_t hi = HOST_ALIGN_UP(p.bias + ph->p_vaddr + ph->p_memsz, HOST_PAGE_SIZE);
			if (lo < p.start)
				p.start = lo;
			if (hi > p.end)
				p.end = hi;
		}
	}
	if (p.start > p.end)
		p.start = p.end = 0;
	p.tls_modid = rt_min_program.tls_modid;
	rt_min_program = p;
}

static void fill_phdr_info(struct dl_phdr_info *info)
{
	const struct rt_min_program *p = &rt_min_program;
	*info = (struct dl_phdr_info){
	    .addr = p->bias,
	    .name = host_boot.execfn ? host_boot.execfn : "<main>",
	    .phdr = p->phdr,
	    .phnum = (uint32_t)p->phnum,
	    .adds = 1,
	    .subs = 0,
	    .tls_modid = p->tls_modid,
	    .tls_data = p->tls_modid ? rt_tls_static_addr(p->tls_modid, 0) : NULL,
	};
}

/* image_handle is all zero: no object backs a Linux executable here, so the "no handle" value is the
 * honest one (borrowed: runtime_info NULL, nothing to release). */
RT_EXPORT bool twz_rt_get_loaded_image(loaded_image_id id, struct loaded_image *li)
{
	if (id != TWZ_RT_EXEID || !li)
		return false;
	memset(li, 0, sizeof *li);
	li->image_start = (const void *)rt_min_program.start;
	li->image_len = rt_min_program.end - rt_min_program.start;
	fill_phdr_info(&li->dl_info);
	li->id = TWZ_RT_EXEID;
	return true;
}

RT_EXPORT int twz_rt_iter_phdr(int (*cb)(const struct dl_phdr_info *, size_t size, void *data), void *data)
{
	if (!cb)
		return 0;
	struct dl_phdr_info info;
	fill_phdr_info(&info);
	return cb(&info, sizeof info, data);
}

RT_EXPORT int dl_iterate_phdr(int (*cb)(const struct dl_phdr_info *, size_t size, void *data), void *data)
    __attribute__((weak, alias("twz_rt_iter_phdr")));
