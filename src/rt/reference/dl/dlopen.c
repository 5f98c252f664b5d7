/* dlopen: find or load an object with its dependencies, link it, run its constructors. A failure
 * unloads whatever this call loaded and becomes the calling thread's dlerror message; it never ends the
 * process. */
#include "../../../host/fs.h"
#include "dl.h"

/* The image loaded under `file` already, by name or by file identity; NULL if none. */
static struct ld_obj *find_loaded(const char *file)
{
	struct ld_obj *o = ld_find_loaded(file);
	if (o || !host_memchr(file, '/', host_strlen(file)))
		return o;
	struct host_stat st;
	if (host_fstatat(HOST_AT_FDCWD, file, &st, false) != 0)
		return NULL;
	for (o = ld.head; o; o = o->next)
		if ((o->dev || o->ino) && o->dev == st.dev && o->ino == st.ino)
			return o;
	return NULL;
}

/* Undoes a failed load: everything after keep goes. */
static void roll_back(struct ld_obj *keep)
{
	for (struct ld_obj *o = keep ? keep->next : ld.head; o; o = o->next)
		dl_extra_free(o);
	ld_rollback(keep);
}

/* Loads file (searched from the caller's runpath, then the usual places) and everything it needs,
 * relocates and links the new objects. Returns the object, or NULL after dl_take_error. */
static struct ld_obj *load_new(const char *file, const void *caller)
{
	struct ld_obj *keep = ld.tail;
	struct ld_obj *needer = ld_obj_by_addr(caller);
	if (!needer)
		needer = ld.program;
	ld_dl_notify(LD_NOTIFY_ADD);
	struct ld_obj *o = ld_load_library(file, needer);
	if (!o)
		goto fail;
	if (keep && o != keep->next) /* the same file under another name: nothing new */
		goto done;
	if (ld_load_deps(o) < 0 || ld_link_new(o) < 0 || dl_record_binds(o) < 0)
		goto fail;
done:
	ld_dl_notify(LD_NOTIFY_CONSISTENT);
	return o;
fail:
	dl_take_error();
	roll_back(keep);
	ld_dl_notify(LD_NOTIFY_CONSISTENT);
	return NULL;
}

static struct ld_obj *open_locked(const char *file, int mode, const void *caller)
{
	if (!file)
		return ld.program; /* the global scope */
	if (!*file) {
		dl_set_error("dlopen: empty file name");
		return NULL;
	}
	if (mode & RTLD_DEEPBIND) {
		dl_set_error("%s: RTLD_DEEPBIND is not supported", file);
		return NULL;
	}
	struct ld_obj *o = find_loaded(file);
	if (!o) {
		if (mode & RTLD_NOLOAD)
			return NULL;
		o = load_new(file, caller);
		if (!o)
			return NULL;
		if (mode & RTLD_GLOBAL)
			dl_make_global(o);
		if (mode & RTLD_NODELETE)
			o->nodelete = true;
		o->refcount++;
		ld_run_init(o);
		return o;
	}
	if ((mode & RTLD_GLOBAL) && !o->global)
		dl_make_global(o);
	if (mode & RTLD_NODELETE)
		o->nodelete = true;
	o->refcount++;
	return o;
}

RT_EXPORT void *dlopen(const char *file, int mode)
{
	const void *caller = __builtin_return_address(0);
	ld_lock();
	struct ld_obj *o = open_locked(file, mode, caller);
	ld_unlock();
	return o;
}
