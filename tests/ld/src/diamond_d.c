/* The bottom of the diamond: one copy of its state, whichever side reaches it. */
#include "out.h"

int d_state = 10;
int d_ctor_runs;

__attribute__((constructor)) static void d_init(void)
{
	d_ctor_runs++;
}

int *d_state_addr(void)
{
	return &d_state;
}
