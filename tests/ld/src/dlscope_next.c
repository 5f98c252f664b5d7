/* libnext1 / libnext2: next_fn prints this library's NAME and passes on to the next definition. */
#include <dlfcn.h>
#include "out.h"

#define STR2(x) #x
#define STR(x) STR2(x)

void next_fn(void)
{
	out_s(" " STR(NAME));
	void (*next)(void) = (void (*)(void))dlsym(RTLD_NEXT, "next_fn");
	if (next)
		next();
	else
		out_s(" end\n");
}
