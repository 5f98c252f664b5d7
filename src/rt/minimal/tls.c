/* General-dynamic TLS for the static program: module 1 is its PT_TLS, in every thread's static TLS. */
#include "../core/tls/tls.h"
#include "minimal.h"

/* The calling thread's address of index->offset in module index->mod_id; NULL for any other module. */
RT_EXPORT void *twz_rt_tls_get_addr(struct tls_index *index)
{
	if (!index)
		return NULL;
	return rt_tls_static_addr(index->mod_id, index->offset);
}

/* Suggested semantics (upstream defines no body): value points at a struct tls_index. */
RT_EXPORT void *twz_rt_tls_desc_resolve(struct tls_desc *arg)
{
	if (!arg)
		return NULL;
	return twz_rt_tls_get_addr((struct tls_index *)(uintptr_t)arg->value);
}

/* The psABI name that compilers call for general-dynamic accesses. */
RT_EXPORT void *__tls_get_addr(struct tls_index *index) __attribute__((weak, alias("twz_rt_tls_get_addr")));
