/* Constructor and destructor order across libraries: the program's .preinit_array first, then every
 * library after its dependencies, then the program's constructors and main; destructors in the reverse
 * order, whether main returns or calls exit (argument "exit"). */
#include "out.h"

extern int dummy_a, dummy_b;

static void preinit(void)
{
	out_line("preinit prog");
}
__attribute__((section(".preinit_array"), used)) static void (*preinit_entry)(void) = preinit;

__attribute__((constructor)) static void ctor(void)
{
	out_line("ctor prog");
}

__attribute__((destructor)) static void dtor(void)
{
	out_line("dtor prog");
}

int main(int argc, char **argv)
{
	out_line("main");
	if (argc > 1 && out_streq(argv[1], "exit"))
		out_exit(dummy_a + dummy_b);
	return dummy_a + dummy_b;
}
