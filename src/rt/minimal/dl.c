/* dlopen and friends for static programs: the minimal runtime loads nothing after start, so every call
 * fails honestly and says why through dlerror (programs written for Linux, which link them, still link;
 * the reference runtime has the real ones). Weak: a program may define its own. The message is kept per
 * process, not per thread: the only text there is to report is the same for every thread. */
#include "minimal.h"

/* glibc's Dl_info layout (include/compat/dlfcn.h), repeated here because runtime code does not include
 * the toolchain's dlfcn.h. */
struct dl_info_abi {
	const char *dli_fname;
	void *dli_fbase;
	const char *dli_sname;
	void *dli_saddr;
};

static const char *_Atomic pending;

static void *fail(const char *msg)
{
	__atomic_store_n(&pending, msg, __ATOMIC_RELAXED);
	return NULL;
}

__attribute__((weak)) RT_EXPORT void *dlopen(const char *file, int mode)
{
	(void)file;
	(void)mode;
	return fail("dlopen: a static program (minimal runtime) cannot load libraries; "
		    "build it for the reference runtime (twz-cc without -static)");
}

__attribute__((weak)) RT_EXPORT void *dlsym(void *handle, const char *name)
{
	(void)handle;
	(void)name;
	return fail("dlsym: a static program (minimal runtime) has no dynamic symbols");
}

__attribute__((weak)) RT_EXPORT int dlclose(void *handle)
{
	(void)handle;
	fail("dlclose: invalid handle (a static program loads no libraries)");
	return -1;
}

__attribute__((weak)) RT_EXPORT int dladdr(const void *addr, struct dl_info_abi *info)
{
	(void)addr;
	(void)info;
	return 0;
}

__attribute__((weak)) RT_EXPORT char *dlerror(void)
{
	return (char *)__atomic_exchange_n(&pending, NULL, __ATOMIC_RELAXED);
}
