/* The initial process stack, as the kernel lays it out (System V x86-64 psABI, section "Process
 * Initialization"), from the address in sp upwards:
 *
 *	argc                    one word
 *	argv[0] .. argv[argc-1] pointers, then a NULL word
 *	envp[0] .. envp[n-1]    pointers, then a NULL word
 *	auxv                    (type, value) word pairs, ending with type AT_NULL
 *
 * host_boot_init walks it once; host_getenv and host_parse_u64 serve the start-up code after it. */
#include <linux/auxvec.h>
#include "boot.h"

struct host_boot host_boot;

void host_boot_init(uintptr_t *sp)
{
	struct host_boot *b = &host_boot;

	/* Step 1: argc is the word at sp. */
	b->argc = (long)sp[0];

	/* Step 2: argv starts right after it and ends with a NULL at argv[argc]. */
	b->argv = (char **)(sp + 1);

	/* Step 3: envp starts after argv's NULL; walk to its own NULL terminator. */
	b->envp = b->argv + b->argc + 1;
	char **e = b->envp;
	while (*e)
		e++;

	/* Step 4: the auxiliary vector follows envp's NULL: (type, value) pairs up to AT_NULL. Keep the
	 * entries the runtime uses; the whole vector stays reachable through b->auxv. */
	const unsigned long *av = (const unsigned long *)(e + 1);
	b->auxv = av;
	b->page_size = 4096; /* the x86-64 base page size, should AT_PAGESZ be missing */
	for (; av[0] != AT_NULL; av += 2) {
		unsigned long val = av[1];
		switch (av[0]) {
		case AT_PHDR:
			b->phdr = (const void *)val;
			break;
		case AT_PHNUM:
			b->phnum = val;
			break;
		case AT_PHENT:
			b->phent = val;
			break;
		case AT_ENTRY:
			b->entry = val;
			break;
		case AT_BASE:
			b->interp_base = val;
			break;
		case AT_PAGESZ:
			if (val)
				b->page_size = val;
			break;
		case AT_SYSINFO_EHDR:
			b->vdso = (const void *)val;
			break;
		case AT_RANDOM:
			b->random = (const uint8_t *)val;
			break;
		case AT_EXECFN:
			b->execfn = (const char *)val;
			break;
		case AT_HWCAP:
			b->hwcap = val;
			break;
		default:
			break;
		}
	}
}

const char *host_getenv(const char *name)
{
	char **e = host_boot.envp;
	if (!e || !name || !*name)
		return NULL;
	for (; *e; e++) {
		/* An entry matches when it starts with name and '=' follows. */
		const char *p = *e, *n = name;
		while (*n && *p == *n) {
			p++;
			n++;
		}
		if (!*n && *p == '=')
			return p + 1;
	}
	return NULL;
}

bool host_parse_u64(const char *s, uint64_t *out)
{
	uint64_t v = 0;
	if (!s || !*s)
		return false;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return false;
		unsigned d = (unsigned)(*s - '0');
		if (v > (UINT64_MAX - d) / 10)
			return false;
		v = v * 10 + d;
	}
	*out = v;
	return true;
}
