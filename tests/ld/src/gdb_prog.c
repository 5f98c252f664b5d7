/* The program gdb runs: main -> gdbx_fn (libgdbx) -> gdby_fn (libgdby), and a dlopen'ed libgdbz. */
#include <dlfcn.h>
#include "out.h"

int gdbx_fn(int);

int main(void)
{
	void *h = dlopen("libgdbz.so", RTLD_NOW);
	int (*z)(int) = h ? (int (*)(int))dlsym(h, "gdbz_fn") : NULL;
	int r = gdbx_fn(1) + (z ? z(1) : 0);
	out_kv("result", (unsigned)r);
	return 0;
}
