/* Constructors in dependency order (an image's dependencies before it), destructors in the reverse of
 * the order constructors ran. Each constructor gets (argc, argv, envp), as glibc passes them. */
#include "../core/thread/thread.h"
#include "ld.h"

typedef void (*init_fn)(int, char **, char **);
typedef void (*fini_fn)(void);

static void call_array(const struct ld_obj *o, unsigned tag, unsigned size_tag)
{
	if (!(o->dyn_mask >> tag & 1) || !(o->dyn_mask >> size_tag & 1))
		return;
	init_fn *f = (init_fn *)(o->bias + o->dyn[tag]);
	size_t n = o->dyn[size_tag] / sizeof *f;
	for (size_t i = 0; i < n; i++)
		if ((uintptr_t)f[i] != 0 && (uintptr_t)f[i] != (uintptr_t)-1)
			f[i]((int)host_boot.argc, host_boot.argv, host_boot.envp);
}

static void init_one(struct ld_obj *o)
{
	o->init_prev = ld.init_last;
	o->init_next = NULL;
	if (ld.init_last)
		ld.init_last->init_next = o;
	else
		ld.init_first = o;
	ld.init_last = o;
	ld_debug("init %s", o->path);
	if (o->dyn_mask >> DT_INIT & 1)
		((void (*)(void))(o->bias + o->dyn[DT_INIT]))();
	call_array(o, DT_INIT_ARRAY, DT_INIT_ARRAYSZ);
	o->init_done = true;
}

/* The C library's set-up hook (environ, its per-thread state: src/libc/sysdeps/start.c), found in the
 * global scope: libc.so's, or the program's own when it links the C library statically. Runs once, with
 * the lock dropped, before any constructor; a process without a C library has none. */
void ld_run_libc_start(struct ld_obj *prog)
{
	struct ld_symreq r;
	ld_symreq_init(&r, "__twz_libc_start");
	r.requester = prog;
	if (!ld_lookup(&r) || ELF64_ST_TYPE(r.sym->st_info) != STT_FUNC)
		return;
	void (*hook)(struct basic_aux *) = (void (*)(struct basic_aux *))ld_sym_value(r.obj, r.sym);
	struct basic_aux aux = {
	    .argc = (size_t)host_boot.argc,
	    .args = host_boot.argv,
	    .env = host_boot.envp,
	    .entry = prog->entry,
	};
	ld_debug("libc start hook in %s", r.obj->path);
	ld_unlock();
	hook(&aux);
	ld_lock();
}

void ld_run_preinit(struct ld_obj *prog)
{
	call_array(prog, DT_PREINIT_ARRAY, DT_PREINIT_ARRAYSZ);
}

void ld_run_init(struct ld_obj *root)
{
	if (root->init_started)
		return;
	root->init_started = true;
	for (size_t i = 0; i < root->ndeps; i++)
		if (root->deps[i])
			ld_run_init(root->deps[i]);
	if (root->is_runtime)
		root->init_done = true; /* set up by its own start code */
	else
		init_one(root);
}

void ld_run_fini(struct ld_obj *o)
{
	bool listed = o->init_prev || ld.init_first == o;
	if (o->fini_done || !listed)
		return;
	o->fini_done = true;
	if (o->init_prev)
		o->init_prev->init_next = o->init_next;
	else
		ld.init_first = o->init_next;
	if (o->init_next)
		o->init_next->init_prev = o->init_prev;
	else
		ld.init_last = o->init_prev;
	o->init_prev = o->init_next = NULL;
	if (!o->init_done)
		return; /* its constructors were still running (exit from a constructor) */
	ld_debug("fini %s", o->path);
	if ((o->dyn_mask >> DT_FINI_ARRAY & 1) && (o->dyn_mask >> DT_FINI_ARRAYSZ & 1)) {
		fini_fn *f = (fini_fn *)(o->bias + o->dyn[DT_FINI_ARRAY]);
		for (size_t n = o->dyn[DT_FINI_ARRAYSZ] / sizeof *f; n-- > 0;)
			if ((uintptr_t)f[n] != 0 && (uintptr_t)f[n] != (uintptr_t)-1)
				f[n]();
	}
	if (o->dyn_mask >> DT_FINI & 1)
		((fini_fn)(o->bias + o->dyn[DT_FINI]))();
}

/* The fini hook of rt_process_exit (core/thread), run once by the first exit of the process from the
 * main thread: every image's destructors, newest constructor first. */
void rt_runtime_fini(void)
{
	ld_lock();
	while (ld.init_last)
		ld_run_fini(ld.init_last);
	ld_unlock();
}
