/* libplug: opened with dlopen; needs libplugdep. Initialised data that the program changes, TLS arrays
 * (initialised and zeroed), and a constructor and destructor that print, so re-opening shows fresh
 * state and re-run constructors. */
#include "out.h"

int plugdep_value(void);
int plugdep_tls_get(void);

int plug_data = 5;
static int ctor_runs;
__thread int plug_tls[16] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3};
__thread long plug_tls_zero[300];

__attribute__((constructor)) static void ctor(void)
{
	ctor_runs++;
	out_line("ctor plug");
}

__attribute__((destructor)) static void dtor(void)
{
	out_line("dtor plug");
}

int plug_get(void)
{
	return plug_data + plugdep_value() + 100 * ctor_runs;
}

void plug_set(int v)
{
	plug_data = v;
}

int *plug_tls_addr(void)
{
	return plug_tls;
}

/* Checks this thread's TLS copies hold their initial values, then makes them the thread's own; returns
 * the number of mismatches. */
unsigned plug_tls_check(unsigned tid)
{
	static const int want[16] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3};
	unsigned bad = 0;
	for (int i = 0; i < 16; i++)
		bad += plug_tls[i] != want[i];
	for (int i = 0; i < 300; i++)
		bad += plug_tls_zero[i] != 0;
	bad += plugdep_tls_get() != 9;
	for (int i = 0; i < 16; i++)
		plug_tls[i] = (int)tid;
	plug_tls_zero[299] = tid;
	out_yield();
	for (int i = 0; i < 16; i++)
		bad += plug_tls[i] != (int)tid;
	bad += plug_tls_zero[299] != tid;
	return bad;
}
