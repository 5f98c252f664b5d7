/* TLS of the reference runtime: every image's PT_TLS is a module (static for the start-up images, in
 * every thread's TLS area; dynamic for dlopen'ed ones, allocated per thread on first use), all kept by
 * rt/core/tls, which thread creation uses too. */
#include "../core/tls/tls.h"
#include "ld.h"

int ld_tls_register(struct ld_obj *o, bool startup)
{
	const Elf64_Phdr *t = o->tls_ph;
	if (!t || !t->p_memsz)
		return 0;
	if (!ld_in_image(o, t->p_vaddr, t->p_filesz))
		return ld_error(LD_EXIT_NOT_FOUND, "%s: TLS image outside the image", o->path);
	const void *image = (const void *)(o->bias + t->p_vaddr);
	size_t align = t->p_align ? t->p_align : 1;
	o->tls_modid = startup ? rt_tls_add_static(image, t->p_filesz, t->p_memsz, align)
			       : rt_tls_add_dynamic(image, t->p_filesz, t->p_memsz, align);
	if (!o->tls_modid)
		return ld_error(LD_EXIT_NOT_FOUND, "%s: cannot register its TLS (too many modules or bad layout)",
				o->path);
	o->tls_static = startup;
	return 0;
}

void ld_tls_unregister(struct ld_obj *o)
{
	if (o->tls_modid && !o->tls_static)
		rt_tls_remove(o->tls_modid);
	o->tls_modid = 0;
}

/* For the dynamic TLSDESC resolver (tlsdesc.S). */
RT_HIDDEN void *ld_tls_index_addr(const struct tls_index *ti);
void *ld_tls_index_addr(const struct tls_index *ti)
{
	return rt_tls_get_addr(ti->mod_id, ti->offset);
}

/* The calling thread's address of index->offset in module index->mod_id, allocating its block of a
 * module loaded after start-up on first use; NULL for an unknown module. */
RT_EXPORT void *twz_rt_tls_get_addr(struct tls_index *index)
{
	if (!index)
		return NULL;
	return rt_tls_get_addr(index->mod_id, index->offset);
}

/* Suggested semantics (upstream defines no body): value points at a struct tls_index. (The resolvers
 * that TLSDESC relocations install are ld_tlsdesc_static/dynamic, which follow the psABI's register
 * convention.) */
RT_EXPORT void *twz_rt_tls_desc_resolve(struct tls_desc *arg)
{
	if (!arg)
		return NULL;
	return twz_rt_tls_get_addr((struct tls_index *)(uintptr_t)arg->value);
}

/* The psABI name that compilers call for general-dynamic accesses. */
RT_EXPORT void *__tls_get_addr(struct tls_index *index) __attribute__((alias("twz_rt_tls_get_addr")));
