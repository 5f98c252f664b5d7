/* libgdby: where the breakpoint is. */
volatile int gdby_sink;

__attribute__((noinline)) int gdby_fn(int x)
{
	gdby_sink = x;
	return x + 3;
}
