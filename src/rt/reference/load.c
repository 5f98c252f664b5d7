/* The list of images in load order, finding and loading libraries breadth-first, linking new images. */
#include "ld.h"

#define PATH_CAP 4096

struct ld_state ld;

void ld_list_append(struct ld_obj *o)
{
	o->id = (loaded_image_id)ld.count++;
	o->prev = ld.tail;
	o->next = NULL;
	if (ld.tail)
		ld.tail->next = o;
	else
		ld.head = o;
	ld.tail = o;
	o->lm.addr = o->bias;
	o->lm.name = o->path;
	o->lm.ld = o->dynamic;
	o->lm.prev = o->prev ? &o->prev->lm : NULL;
	o->lm.next = NULL;
	if (o->prev)
		o->prev->lm.next = &o->lm;
	ld.adds++;
}

void ld_list_remove(struct ld_obj *o)
{
	if (o->prev)
		o->prev->next = o->next;
	else
		ld.head = o->next;
	if (o->next)
		o->next->prev = o->prev;
	else
		ld.tail = o->prev;
	for (struct ld_obj *p = o->next; p; p = p->next)
		p->id--;
	if (o->prev)
		o->prev->lm.next = o->next ? &o->next->lm : NULL;
	if (o->next)
		o->next->lm.prev = o->prev ? &o->prev->lm : NULL;
	o->next = o->prev = NULL;
	ld.count--;
	ld.subs++;
}

static const char *base_name(const char *p)
{
	const char *b = p;
	for (; *p; p++)
		if (*p == '/')
			b = p + 1;
	return b;
}

struct ld_obj *ld_find_loaded(const char *name)
{
	bool path = host_memchr(name, '/', host_strlen(name)) != NULL;
	for (struct ld_obj *o = ld.head; o; o = o->next) {
		if (path ? (o->path && !host_strcmp(o->path, name))
			 : ((o->soname && !host_strcmp(o->soname, name)) || (o->name && !host_strcmp(o->name, name)) ||
			    (!o->soname && o->path && !host_strcmp(base_name(o->path), name))))
			return o;
	}
	return NULL;
}

static struct ld_obj *find_file(uint64_t dev, uint64_t ino)
{
	for (struct ld_obj *o = ld.head; o; o = o->next)
		if ((o->dev || o->ino) && o->dev == dev && o->ino == ino)
			return o;
	return NULL;
}

bool ld_listed(const struct ld_obj *o)
{
	return o == ld.head || o->prev;
}

/* The runtime is loaded before anything else but joins the list (and the scope) where it is needed. */
static bool is_runtime_name(const char *name)
{
	const struct ld_obj *rt = ld.runtime;
	return rt && ((rt->soname && !host_strcmp(name, rt->soname)) || !host_strcmp(name, rt->path) ||
		      !host_strcmp(base_name(name), base_name(rt->path)));
}

struct ld_obj *ld_load_library(const char *name, struct ld_obj *needer)
{
	struct ld_obj *o = ld_find_loaded(name);
	if (o)
		return o;
	if (is_runtime_name(name)) {
		if (!ld_listed(ld.runtime))
			ld_list_append(ld.runtime);
		return ld.runtime;
	}
	/* The path and the open file: static, as the lock is held and this never nests (and a thread
	 * calling dlopen may have a small stack). */
	static struct {
		struct ld_file f;
		char path[PATH_CAP];
	} scratch;
	typeof(scratch) *sc = &scratch;
	int found = ld_search(name, needer, sc->path, PATH_CAP, &sc->f);
	if (found <= 0) {
		if (found == 0)
			ld_error(LD_EXIT_NOT_FOUND, "%s: not found (needed by %s)", name,
				 needer ? needer->path : "dlopen");
		goto out;
	}
	if ((o = find_file(sc->f.st.dev, sc->f.st.ino)))
		goto out_close;
	o = ld_map_image(&sc->f, name);
	if (!o)
		goto out_close;
	struct ld_obj *same = o->soname ? ld_find_loaded(o->soname) : NULL;
	if (same) {
		ld_unmap_image(o);
		o = same;
		goto out_close;
	}
	o->global = !ld.started;
	ld_list_append(o);
	ld_debug("loaded %s as %s (needed by %s)", name, sc->path, needer ? needer->path : "dlopen");
out_close:
	ld_file_close(&sc->f);
out:
	return o;
}

/* Fills o->deps from its DT_NEEDED entries. */
static int load_needed(struct ld_obj *o)
{
	size_t n = 0;
	for (const Elf64_Dyn *d = o->dynamic; d->d_tag != DT_NULL; d++)
		n += d->d_tag == DT_NEEDED;
	if (n && !(o->deps = ld_alloc(n * sizeof *o->deps)))
		return -1;
	o->ndeps = n;
	o->deps_done = true;
	size_t i = 0;
	for (const Elf64_Dyn *d = o->dynamic; d->d_tag != DT_NULL; d++) {
		if (d->d_tag != DT_NEEDED)
			continue;
		struct ld_obj *dep = ld_load_library(o->strtab + d->d_un.d_val, o);
		if (!dep)
			return -1;
		o->deps[i++] = dep;
	}
	return 0;
}

int ld_load_deps(struct ld_obj *root)
{
	/* New images are appended, so walking the list from root is breadth-first. */
	for (struct ld_obj *o = root; o; o = o->next)
		if (!o->deps_done && load_needed(o) < 0)
			return -1;
	return 0;
}

int ld_link_new(struct ld_obj *first)
{
	for (struct ld_obj *o = first; o; o = o->next)
		if (!o->tls_modid && o->tls_ph && ld_tls_register(o, !ld.started) < 0)
			return -1;
	for (struct ld_obj *o = ld.tail; o; o = o == first ? NULL : o->prev)
		if (ld_relocate(o) < 0)
			return -1;
	return 0;
}

void ld_rollback(struct ld_obj *keep)
{
	while (ld.tail && ld.tail != keep) {
		struct ld_obj *o = ld.tail;
		ld_tls_unregister(o);
		ld_list_remove(o);
		ld_unmap_image(o);
	}
}
