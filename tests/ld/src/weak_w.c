/* libweakdef (first in load order): weak definitions, and weak references to symbols nobody defines or
 * that a later library defines. */
int wfn(void) __attribute__((weak));
int wfn(void)
{
	return 1;
}

int prog_overrides(void) __attribute__((weak));
int prog_overrides(void)
{
	return 1;
}

extern int nowhere_fn(void) __attribute__((weak));
extern int nowhere_var __attribute__((weak));
extern int later_fn(void) __attribute__((weak));

int w_nowhere_is_null(void)
{
	return nowhere_fn == 0 && &nowhere_var == 0;
}

int w_calls_overridden(void)
{
	return prog_overrides();
}

int w_calls_later(void)
{
	return later_fn ? later_fn() : -1;
}
