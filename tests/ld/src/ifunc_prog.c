/* IFUNC: a library's ifunc called from the program (GLOB_DAT/JUMP_SLOT to an STT_GNU_IFUNC symbol) and
 * from the library, with one address for both; an ifunc local to the program (R_X86_64_IRELATIVE). */
#include "out.h"

int ifunc_add(int a, int b);
int lib_calls_add(int a, int b);
void *lib_add_addr(void);
int lib_resolver_calls(void);

static int mul_generic(int a, int b)
{
	return a * b;
}

static int mul_tuned(int a, int b)
{
	return 10000 + a * b;
}

static int prog_resolver_calls;
typedef int (*binop)(int, int);
static binop resolve_mul(void)
{
	prog_resolver_calls++;
	return prog_resolver_calls > 0 ? mul_tuned : mul_generic;
}

static int prog_mul(int a, int b) __attribute__((ifunc("resolve_mul")));

int main(void)
{
	int (*volatile mul)(int, int) = prog_mul;
	out_kv("ifunc_add from prog", (unsigned)ifunc_add(2, 3));
	out_kv("ifunc_add from lib", (unsigned)lib_calls_add(4, 5));
	out_kv("same address", lib_add_addr() == (void *)ifunc_add);
	out_kv("resolver ran", lib_resolver_calls() > 0);
	out_kv("prog_mul", (unsigned)mul(6, 7));
	out_kv("prog resolver ran", prog_resolver_calls > 0);
	return 0;
}
