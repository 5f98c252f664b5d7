/* Linked into every reference-runtime program beside the shared crt1.o (lib/twzrt/reference/start.o).
 *
 * crt1.o is the same file for both runtimes: its _start calls rt_min_start(sp, std_entry, main). In a
 * static program that is the minimal runtime's start code; in a dynamic one the loader has already done
 * all of that before _start ran, so this stand-in only builds the RUNTIME_INIT_COMP runtime_info from the
 * initial stack and enters the runtime through its exported entry. */
#include "../../minimal/minimal.h"
#include <linux/auxvec.h>

_Noreturn void rt_min_start(uintptr_t *sp, struct basic_return (*std_entry)(struct basic_aux), uintptr_t main)
{
	size_t argc = (size_t)sp[0];
	char **argv = (char **)(sp + 1), **e = argv + argc + 1;
	uintptr_t entry = 0;
	while (*e)
		e++;
	for (const unsigned long *av = (const unsigned long *)(e + 1); av[0] != AT_NULL; av += 2)
		if (av[0] == AT_ENTRY)
			entry = av[1];
	struct runtime_info info = {
	    .kind = RUNTIME_INIT_COMP,
	    .args = argv,
	    .argc = argc,
	    .envp = argv + argc + 1,
	    .entry = entry,
	    .init_info.comp = NULL,
	};
	twz_rt_runtime_entry(&info, std_entry, main);
}
