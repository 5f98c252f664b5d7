/* The library the broken-ELF corpus is made from: every kind of thing a loader reads is present --
 * relative and symbolic relocations, a GOT entry, TLS, symbol versions (broken_good.map), a constructor
 * and a dependency (libbrother). */
extern int other_data;

int good_data = 3;
int *good_ptrs[4] = {&good_data, &good_data, &good_data, &good_data};
int *good_other = &other_data;
__thread int good_tls = 5;
static int ctor_ran;

__attribute__((constructor)) static void ctor(void)
{
	ctor_ran = 1;
}

int good_fn(void)
{
	return *good_ptrs[3] + good_tls + *good_other + other_data - 7 + ctor_ran - 1;
}
