/* dlerror: NULL when nothing failed, a message naming the file or symbol after a failure, cleared by
 * reading it, kept per thread; failed dlopens (missing library, missing dependency, missing symbol)
 * leave nothing loaded and the process running. */
#include <dlfcn.h>
#include "out.h"

/* Prints "what: ok" when the message exists and contains every needle, else the message. */
static void expect_msg(const char *what, const char *msg, const char *needle1, const char *needle2)
{
	out_s(what);
	if (msg && out_contains(msg, needle1) && (!needle2 || out_contains(msg, needle2))) {
		out_line(": ok");
		return;
	}
	out_s(": got ");
	out_line(msg ? msg : "NULL");
}

static char thread_first[256];
static const char *thread_second;
static int thread_saw_null;

static void thread_main(size_t arg)
{
	(void)arg;
	thread_saw_null = dlerror() == NULL;
	EXPECT(dlopen("libthreadnope.so", RTLD_NOW) == NULL);
	/* The message lives only as long as the thread: keep a copy. */
	const char *m = dlerror();
	for (size_t i = 0; m && m[i] && i < sizeof thread_first - 1; i++)
		thread_first[i] = m[i];
	thread_second = dlerror();
}

int main(void)
{
	out_kv("initially null", dlerror() == NULL);

	EXPECT(dlopen("libnope.so", RTLD_NOW) == NULL);
	/* Another thread's errors are its own. */
	uint64_t t = out_spawn(thread_main, 0);
	EXPECT(t && out_join(t));
	out_kv("thread saw null", (unsigned)thread_saw_null);
	expect_msg("thread's message", thread_first, "libthreadnope.so", NULL);
	out_kv("thread's cleared", thread_second == NULL);
	expect_msg("missing file", dlerror(), "libnope.so", NULL);
	out_kv("cleared", dlerror() == NULL);

	EXPECT(dlopen("libneedsgone.so", RTLD_NOW) == NULL);
#ifdef TWZ_LD_HOST
	expect_msg("missing dependency", dlerror(), "libgone.so", NULL); /* glibc names no needer */
#else
	expect_msg("missing dependency", dlerror(), "libgone.so", "libneedsgone.so");
#endif
	out_kv("nothing left loaded", out_count_images("/libneedsgone.so"));

	EXPECT(dlopen("libneedssym.so", RTLD_NOW) == NULL);
	expect_msg("missing symbol", dlerror(), "sym_nowhere", "libneedssym.so");
	out_kv("nothing left loaded", out_count_images("/libneedssym.so") + out_count_images("/libsymprov.so"));

	void *h = dlopen("libfine.so", RTLD_NOW);
	EXPECT(h != NULL);
	EXPECT(dlsym(h, "no_such_symbol") == NULL);
	expect_msg("dlsym miss", dlerror(), "no_such_symbol", NULL);
	EXPECT(dlsym(RTLD_DEFAULT, "no_such_default") == NULL);
	expect_msg("dlsym default miss", dlerror(), "no_such_default", NULL);
	EXPECT(dlsym(h, "fine_fn") != NULL);
	out_kv("hit leaves no error", dlerror() == NULL);
#ifndef TWZ_LD_HOST
	/* glibc does not check handles; ours does. */
	int not_a_handle;
	EXPECT(dlclose(&not_a_handle) != 0);
	out_kv("bad handle reported", dlerror() != NULL);
	EXPECT(dlsym(&not_a_handle, "fine_fn") == NULL);
	out_kv("bad handle reported", dlerror() != NULL);
#else
	out_kv("bad handle reported", 1);
	out_kv("bad handle reported", 1);
#endif
	EXPECT(dlclose(h) == 0);
	out_line("still running");
	return out_failures;
}
