/* libipb (second DT_NEEDED of the program): duplicates libipa's dup_fn and libipa2's bfs_fn, and owns
 * lib_var, which the program reaches by a copy relocation. */
const char *dup_fn(void)
{
	return "ipb";
}

const char *bfs_fn(void)
{
	return "ipb";
}

const char *b_calls_dup(void)
{
	return dup_fn();
}

int lib_var = 42;

int b_get_lib_var(void)
{
	return lib_var;
}
