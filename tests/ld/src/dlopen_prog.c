/* dlopen of a library with its own dependency and TLS: dlsym of functions and of a TLS variable, TLS in
 * threads started before and after the dlopen, dlclose unloading both images (destructors run), a
 * re-open with fresh data and constructors run again, reference counting, and a library left open
 * whose destructors run at exit. */
#include <dlfcn.h>
#include <stdatomic.h>
#include "out.h"

typedef int (*get_fn)(void);
typedef void (*set_fn)(int);
typedef unsigned (*check_fn)(unsigned);

static check_fn volatile the_check;
static atomic_int go;
static unsigned bad_of[9];

static void images(const char *when)
{
	out_s(when);
	out_s(": plug ");
	out_u(out_count_images("/libplug.so"));
	out_s(", plugdep ");
	out_u(out_count_images("/libplugdep.so"));
	out_s("\n");
}

/* Started before the dlopen: waits (bounded) for the library, then uses its TLS. */
static void early_thread(size_t tid)
{
	for (long i = 0; i < 100000000 && !atomic_load(&go); i++)
		out_yield();
	bad_of[tid] = atomic_load(&go) ? the_check((unsigned)tid) : 1000;
}

static void late_thread(size_t tid)
{
	bad_of[tid] = the_check((unsigned)tid);
}

static void *must_sym(void *h, const char *name)
{
	void *p = dlsym(h, name);
	if (!p) {
		out_s("dlsym failed: ");
		out_line(dlerror());
		out_exit(1);
	}
	return p;
}

int main(void)
{
	uint64_t early = out_spawn(early_thread, 1);
	EXPECT(early != 0);

	void *h = dlopen("libplug.so", RTLD_NOW);
	if (!h) {
		out_s("dlopen failed: ");
		out_line(dlerror());
		return 1;
	}
	images("opened");
	get_fn get = (get_fn)must_sym(h, "plug_get");
	set_fn set = (set_fn)must_sym(h, "plug_set");
	int *(*tls_addr)(void) = (int *(*)(void))must_sym(h, "plug_tls_addr");
	out_kv("plug_get", (unsigned)get());
	set(77);
	out_kv("plug_get after set", (unsigned)get());
	EXPECT(must_sym(h, "plug_tls") == tls_addr());

	/* TLS: this thread, the early thread, 7 threads started now. */
	the_check = (check_fn)must_sym(h, "plug_tls_check");
	unsigned bad = the_check(0);
	atomic_store(&go, 1);
	uint64_t late[9] = {0};
	for (size_t t = 2; t <= 8; t++)
		late[t] = out_spawn(late_thread, t);
	EXPECT(early && out_join(early));
	for (size_t t = 2; t <= 8; t++)
		EXPECT(late[t] && out_join(late[t]));
	for (size_t t = 1; t <= 8; t++)
		bad += bad_of[t];
	out_kv("tls mismatches", bad);

	EXPECT(dlclose(h) == 0);
	images("closed");

	h = dlopen("libplug.so", RTLD_NOW);
	EXPECT(h != NULL);
	images("reopened");
	get = (get_fn)must_sym(h, "plug_get");
	out_kv("plug_get after reopen", (unsigned)get());
	the_check = (check_fn)must_sym(h, "plug_tls_check");
	out_kv("tls mismatches after reopen", the_check(0));

	/* Two references: the first dlclose keeps it. */
	void *h2 = dlopen("libplug.so", RTLD_NOW);
	EXPECT(h2 == h);
	EXPECT(dlclose(h) == 0);
	images("one reference left");
	EXPECT(dlclose(h2) == 0);
	images("closed again");

	/* Left open: its destructors run at exit, after main. */
	h = dlopen("libplug.so", RTLD_NOW);
	EXPECT(h != NULL);
	out_line("main end");
	return out_failures;
}
