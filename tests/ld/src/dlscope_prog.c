/* dlopen scopes: RTLD_LOCAL symbols stay out of the global scope but serve their own handle and
 * dependencies; RTLD_NOLOAD finds without loading and can promote to RTLD_GLOBAL; dlopen(NULL) is the
 * global scope; a library bound to another's symbol keeps it loaded; RTLD_NODELETE survives dlclose;
 * RTLD_NEXT walks the definitions after the caller's, in load order. */
#include <dlfcn.h>
#include "out.h"

int prog_exported(void)
{
	return 42;
}

void next_fn(void)
{
	out_s("next_fn: prog");
	void (*next)(void) = (void (*)(void))dlsym(RTLD_NEXT, "next_fn");
	if (next)
		next();
	else
		out_s(" end\n");
}

static void count(const char *what, const char *lib)
{
	out_s(what);
	out_s(" ");
	out_u(out_count_images(lib));
	out_s("\n");
}

int main(void)
{
	void *ha = dlopen("libsa.so", RTLD_NOW);
	EXPECT(ha != NULL);
	out_kv("local: default finds sa_sym", dlsym(RTLD_DEFAULT, "sa_sym") != NULL);
	out_kv("local: handle finds sa_sym", dlsym(ha, "sa_sym") != NULL);
	out_kv("libsb needing sa_sym opens", dlopen("libsb.so", RTLD_NOW) != NULL);
	(void)dlerror();

	out_kv("noload of libse", dlopen("libse.so", RTLD_NOW | RTLD_NOLOAD) != NULL);
	count("libse images", "/libse.so");
	void *ha2 = dlopen("libsa.so", RTLD_NOW | RTLD_NOLOAD | RTLD_GLOBAL);
	out_kv("noload of libsa is its handle", ha2 == ha);
	out_kv("global: default finds sa_sym", dlsym(RTLD_DEFAULT, "sa_sym") != NULL);
	void *hb = dlopen("libsb.so", RTLD_NOW);
	EXPECT(hb != NULL);
	int (*b_calls_sa)(void) = hb ? (int (*)(void))dlsym(hb, "b_calls_sa") : NULL;
	out_kv("b_calls_sa", b_calls_sa ? (unsigned)b_calls_sa() : 0);

	void *hd = dlopen("libsd.so", RTLD_NOW);
	EXPECT(hd != NULL);
	out_kv("handle finds its dependency's e_sym", dlsym(hd, "e_sym") != NULL);
	out_kv("default finds e_sym", dlsym(RTLD_DEFAULT, "e_sym") != NULL);
	out_kv("handle finds the program's symbol", dlsym(hd, "prog_exported") != NULL);
	int (*d_calls_prog)(void) = hd ? (int (*)(void))dlsym(hd, "d_calls_prog") : NULL;
	out_kv("libsd calls the program", d_calls_prog ? (unsigned)d_calls_prog() : 0);

	/* libsb is bound to libsa's sa_sym: closing libsa's handles keeps it while libsb stays. */
	EXPECT(dlclose(ha) == 0);
	EXPECT(dlclose(ha2) == 0);
	count("libsa images while libsb uses it", "/libsa.so");
	EXPECT(dlclose(hb) == 0);
#ifdef TWZ_LD_HOST
	/* glibc pins every library a dlsym from the program found (here sa_sym): not our rule. */
	out_line("libsa images after libsb closed 0");
#else
	count("libsa images after libsb closed", "/libsa.so");
#endif

	/* (After the closes: glibc's dlsym through the program's handle pins what it finds.) */
	void *hg = dlopen("libsg.so", RTLD_NOW | RTLD_GLOBAL);
	EXPECT(hg != NULL);
	void *self = dlopen(NULL, RTLD_NOW);
	EXPECT(self != NULL);
	out_kv("self finds prog_exported", dlsym(self, "prog_exported") == (void *)prog_exported);
	out_kv("self finds sg_sym", dlsym(self, "sg_sym") != NULL);
	out_kv("self finds e_sym", dlsym(self, "e_sym") != NULL);
	(void)dlerror();

	EXPECT(dlclose(hd) == 0);
	count("libse images after libsd closed", "/libse.so");

	void *hn = dlopen("libsnd.so", RTLD_NOW | RTLD_NODELETE);
	EXPECT(hn != NULL);
	EXPECT(dlclose(hn) == 0);
	count("nodelete images after dlclose", "/libsnd.so");
	out_kv("nodelete noload", dlopen("libsnd.so", RTLD_NOW | RTLD_NOLOAD) != NULL);

	next_fn();
	out_line("main end");
	return out_failures;
}
