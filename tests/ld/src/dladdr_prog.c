/* dladdr: names the object and the nearest symbol for addresses in the program, in a DT_NEEDED
 * library and in a dlopen'ed one (also inside a function, not only at its start); the base is the
 * image's load address; addresses in no image give 0. */
#include <dlfcn.h>
#include "out.h"

int dla_fn(int);
int *dla_data_addr(void);

int prog_fn(void)
{
	return 1;
}

struct base_ctx {
	const char *suffix;
	uintptr_t bias;
};

static void find_base(const char *name, uintptr_t bias, void *data)
{
	struct base_ctx *c = data;
	if (out_endswith(name, c->suffix))
		c->bias = bias;
}

/* Prints what dladdr says about p: file's last component, symbol, offset from it, and whether the base
 * matches the image's load address. */
static void show(const char *what, const void *p, const char *lib_suffix)
{
	Dl_info info = {0};
	out_s(what);
	if (!dladdr(p, &info)) {
		out_line(": none");
		return;
	}
	out_s(": ");
	out_s(out_basename(info.dli_fname));
	out_s(" ");
	out_s(info.dli_sname ? info.dli_sname : "(no symbol)");
	out_s("+");
	out_u((uintptr_t)p - (uintptr_t)info.dli_saddr);
	if (lib_suffix) {
		struct base_ctx c = {lib_suffix, 1};
		out_images(find_base, &c);
		out_s(c.bias == (uintptr_t)info.dli_fbase ? " base ok" : " base wrong");
	}
	out_s("\n");
}

int main(void)
{
	int local = 0;
	show("dla_fn", (const void *)dla_fn, "/libdla.so");
	show("dla_fn+3", (const char *)dla_fn + 3, "/libdla.so");
	show("dla_data", dla_data_addr(), "/libdla.so");
	show("prog_fn", (const void *)prog_fn, NULL);
	void *h = dlopen("libdlb.so", RTLD_NOW);
	EXPECT(h != NULL);
	void *b = h ? dlsym(h, "dlb_fn") : NULL;
	EXPECT(b != NULL);
	if (b)
		show("dlb_fn", b, "/libdlb.so");
	show("stack", &local, NULL);
	show("null", NULL, NULL);
	return out_failures;
}
