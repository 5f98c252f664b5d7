/* Needs libbad.so (one corpus file at a time): prints "loaded" if the loader accepted it. The library's
 * code is never called -- an accepted file may still be damaged where only running it would tell. */
#include "out.h"

int good_fn(void);

int main(void)
{
	void *volatile p = (void *)good_fn;
	(void)p;
	out_line("loaded");
	return 0;
}
