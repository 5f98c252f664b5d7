/* libsymver: two versions of ver_fn (VER_1 and the default VER_2) and one of ver_only1. */
int ver_fn_1(void)
{
	return 1;
}

int ver_fn_2(void)
{
	return 2;
}

int ver_other(void)
{
	return 5;
}

__asm__(".symver ver_fn_1, ver_fn@VER_1");
__asm__(".symver ver_fn_2, ver_fn@@VER_2");
