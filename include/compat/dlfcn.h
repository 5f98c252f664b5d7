/* Dynamic loading for programs of the reference runtime: dlopen, dlsym, dlclose, dladdr and dlerror,
 * implemented by the runtime's loader (libtwz_rt.so). Flag values and Dl_info are glibc's, so code and
 * build systems written for Linux work unchanged; RTLD_NEXT, RTLD_DEFAULT and dladdr are always declared
 * (glibc wants _GNU_SOURCE for them).
 *
 * RTLD_LAZY is treated as RTLD_NOW: the loader always binds eagerly. RTLD_DEEPBIND is not supported
 * (dlopen fails with a message naming it). */
#ifndef TWZRT_DLFCN_H
#define TWZRT_DLFCN_H

#ifdef __cplusplus
extern "C" {
#endif

#define RTLD_LAZY 0x00001         /* bind functions when first called (here: at once, like RTLD_NOW) */
#define RTLD_NOW 0x00002          /* bind every symbol before dlopen returns */
#define RTLD_BINDING_MASK 0x00003 /* the binding part of the flags */
#define RTLD_NOLOAD 0x00004       /* only return a handle to an already loaded object */
#define RTLD_DEEPBIND 0x00008     /* not supported */
#define RTLD_GLOBAL 0x00100       /* the object's symbols join the global scope */
#define RTLD_LOCAL 0x00000        /* ... or stay reachable only through its handle (the default) */
#define RTLD_NODELETE 0x01000     /* never unload the object, even after its last dlclose */

#define RTLD_NEXT ((void *)-1L)  /* dlsym: the next definition after the calling object's */
#define RTLD_DEFAULT ((void *)0) /* dlsym: the global scope, in load order */

/* What dladdr says about an address. */
typedef struct {
	const char *dli_fname; /* path of the object containing the address */
	void *dli_fbase;       /* its load address (where its ELF header would be) */
	const char *dli_sname; /* name of the nearest symbol at or below the address, or NULL */
	void *dli_saddr;       /* that symbol's address, or NULL */
} Dl_info;

/* Loads file (and its dependencies) or finds it already loaded; file NULL is the global scope (the
 * program and everything loaded with it or with RTLD_GLOBAL). Returns a handle, or NULL (see dlerror). */
void *dlopen(const char *file, int mode);
/* The address of symbol name in handle's scope (the object and its dependencies), RTLD_DEFAULT's or
 * RTLD_NEXT's; NULL if none (see dlerror). */
void *dlsym(void *__restrict handle, const char *__restrict name);
/* Drops a reference from dlopen; the last one unloads the object and what was loaded only for it.
 * Returns 0, or non-zero for an invalid handle (see dlerror). */
int dlclose(void *handle);
/* Fills *info for the object containing addr and returns non-zero, or returns 0 if no object does. */
int dladdr(const void *addr, Dl_info *info);
/* The calling thread's last dl* error since the previous call, or NULL; the call clears it. */
char *dlerror(void);

#ifdef __cplusplus
}
#endif

#endif
