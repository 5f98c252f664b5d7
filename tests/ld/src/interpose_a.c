/* libipa (first DT_NEEDED of the program; needs libipa2): defines names the program also defines, and
 * calls them through the global scope. */
const char *who_fn(void)
{
	return "ipa";
}

const char *dup_fn(void)
{
	return "ipa";
}

int shared_var = 2;

const char *a_calls_who(void)
{
	return who_fn();
}

int *a_shared_var_addr(void)
{
	return &shared_var;
}

const char *a_calls_dup(void)
{
	return dup_fn();
}

const char *a2_calls_bfs(void);

/* Lets the program reach libipa2 without naming it (it stays a dependency of libipa only). */
const char *a_via_a2_calls_bfs(void)
{
	return a2_calls_bfs();
}
