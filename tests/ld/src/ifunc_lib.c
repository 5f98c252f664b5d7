/* libifunc: an exported STT_GNU_IFUNC function whose resolver picks one of two implementations (and
 * counts its calls), used by the library itself and by the program. */
static int add_generic(int a, int b)
{
	return a + b;
}

static int add_tuned(int a, int b)
{
	return 1000 + a + b;
}

static int resolver_calls;

typedef int (*binop)(int, int);
static binop resolve_add(void)
{
	resolver_calls++;
	return resolver_calls > 0 ? add_tuned : add_generic;
}

int ifunc_add(int a, int b) __attribute__((ifunc("resolve_add")));

int lib_calls_add(int a, int b)
{
	return ifunc_add(a, b);
}

void *lib_add_addr(void)
{
	return (void *)ifunc_add;
}

int lib_resolver_calls(void)
{
	return resolver_calls;
}
