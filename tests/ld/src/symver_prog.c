/* Symbol versions: the program binds to the default version (ver_fn@@VER_2) and to a symbol that has a
 * single version. */
#include "out.h"

int ver_fn(void);
int ver_other(void);

int main(void)
{
	out_kv("ver_fn", (unsigned)ver_fn());
	out_kv("ver_other", (unsigned)ver_other());
	return 0;
}
