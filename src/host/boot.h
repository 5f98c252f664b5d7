/* What the kernel hands a new process: argc/argv/envp and the auxiliary vector. */
#ifndef TWZ_HOST_BOOT_H
#define TWZ_HOST_BOOT_H

#include "util.h"

struct host_boot {
	long argc;
	char **argv;
	char **envp;
	const void *phdr;      /* AT_PHDR: the main program's program headers */
	size_t phnum;          /* AT_PHNUM */
	size_t phent;          /* AT_PHENT */
	uintptr_t entry;       /* AT_ENTRY: the main program's entry point */
	uintptr_t interp_base; /* AT_BASE: where the interpreter (if any) was loaded, else 0 */
	size_t page_size;      /* AT_PAGESZ */
	const void *vdso;      /* AT_SYSINFO_EHDR: the vDSO's ELF header, or NULL */
	const uint8_t *random; /* AT_RANDOM: 16 random bytes from the kernel */
	const char *execfn;    /* AT_EXECFN */
	uint64_t hwcap;        /* AT_HWCAP */
	const unsigned long *auxv;
};

/* Filled by host_boot_init; read-only afterwards. */
extern HOST_HIDDEN struct host_boot host_boot;

/* Parses the initial process stack (sp points at argc) into host_boot. Call once, first thing, before
 * anything else in the host layer; touches no other global state. */
HOST_HIDDEN void host_boot_init(uintptr_t *sp);

/* Looks NAME up in the initial environment (host_boot.envp); NULL when absent. */
HOST_HIDDEN const char *host_getenv(const char *name);

/* Parses a decimal unsigned number; returns false on junk or overflow. */
HOST_HIDDEN bool host_parse_u64(const char *s, uint64_t *out);

#endif
