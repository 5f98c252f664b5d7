/* Weak symbols: an undefined weak reference resolves to NULL (function and data, in the program and in a
 * library); in the dynamic scope a weak definition counts like a strong one (the first in load order
 * wins, as with glibc and musl); the program's strong definition overrides a library's weak one. */
#include "out.h"

extern int missing_fn(void) __attribute__((weak));
extern int missing_var __attribute__((weak));
int wfn(void);
int w_nowhere_is_null(void);
int w_calls_overridden(void);
int w_calls_later(void);

int prog_overrides(void)
{
	return 3;
}

int main(void)
{
	out_kv("missing_fn is null", missing_fn == 0);
	out_kv("missing_var is null", &missing_var == 0);
	out_kv("library's weak refs are null", (unsigned)w_nowhere_is_null());
	out_kv("wfn", (unsigned)wfn());
	out_kv("prog overrides weak", (unsigned)w_calls_overridden());
	out_kv("weak ref to later library", (unsigned)w_calls_later());
	return 0;
}
