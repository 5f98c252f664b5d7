/* dlopen of one corpus file (argv[1]): prints "loaded" or "error: <dlerror text>", then proves the
 * loader is still sound by opening the good library (argv[2]) and calling into it. */
#include <dlfcn.h>
#include "out.h"

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	void *h = dlopen(argv[1], RTLD_NOW);
	if (h) {
		out_line("loaded");
		dlclose(h);
	} else {
		const char *m = dlerror();
		out_s("error: ");
		out_line(m ? m : "(dlerror gave NULL)");
	}
	void *g = dlopen(argv[2], RTLD_NOW);
	int (*fn)(void) = g ? (int (*)(void))dlsym(g, "good_fn") : NULL;
	out_kv("good", fn ? (unsigned)fn() : 0);
	return 0;
}
