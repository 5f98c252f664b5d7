/* libgdbx: a function gdb stops in; it calls into libgdby so the backtrace crosses two libraries. */
int gdby_fn(int);

int gdbx_fn(int x)
{
	return gdby_fn(x + 1) * 2;
}
