/* dlopen/dlsym/dlclose/dladdr/dlerror and the debugger interface, on top of the loader core (../ld.h).
 *
 * A handle is the struct ld_obj of the object dlopen returned (dlopen(NULL) returns the program's, which
 * stands for the global scope). Each object dlopen brought in carries a struct dl_extra in ld_obj.dl_data:
 * its lookup scope (itself and its dependencies, breadth-first, fixed when it is loaded) and the objects
 * outside that scope it bound symbols to, which must outlive it. dlclose drops a reference and unloads
 * every object no longer reachable from a referenced one (mark and sweep over deps and binds).
 *
 * Everything here runs under the loader lock (ld_lock), dlerror's per-thread message table included. */
#ifndef TWZ_RT_REFERENCE_DL_H
#define TWZ_RT_REFERENCE_DL_H

#include "../ld.h"

#include <dlfcn.h>

struct dl_extra {
	struct ld_obj **scope; /* the object, then its dependencies breadth-first (owned) */
	size_t nscope, scope_cap;
	struct ld_obj **binds; /* unloadable objects outside scope that its relocations bound to (owned) */
	size_t nbinds, binds_cap;
};

/* ---- errors (dlerror.c) ---- */
/* Makes the loader's current error (ld_error_msg) the calling thread's dlerror message. */
RT_HIDDEN void dl_take_error(void);
/* Sets the calling thread's dlerror message (printf-style). */
RT_HIDDEN void dl_set_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Sets it to "NAME: symbol not found in WHERE" (formatted only when dlerror asks). */
RT_HIDDEN void dl_symbol_error(const char *name, const char *where);

/* ---- objects and scopes (scope.c) ---- */
/* Whether h is an object in the loaded list (a valid handle). Lock held. */
RT_HIDDEN bool dl_is_loaded(const void *h);
/* o's dl_extra, building its scope on first use; NULL after ld_error (out of memory). Lock held. */
RT_HIDDEN struct dl_extra *dl_extra_of(struct ld_obj *o);
/* Frees o's dl_extra (o is being unloaded). */
RT_HIDDEN void dl_extra_free(struct ld_obj *o);
/* Records, for each object from first to the end of the list, the objects outside its scope that its
 * symbol relocations bound to and that dlclose could unload. Returns 0 or -1 after ld_error. */
RT_HIDDEN int dl_record_binds(struct ld_obj *first);
/* Makes o and its dependencies part of the global scope. */
RT_HIDDEN void dl_make_global(struct ld_obj *o);

/* ---- unloading (dlclose.c) ---- */
/* Unloads every object that no referenced, NODELETE or start-up object reaches. Lock held. */
RT_HIDDEN void dl_collect(void);

/* ---- the debugger interface (debug.c) ---- */
/* The r_debug hooks are ld_dl_notify (../ld.h). */

#endif
