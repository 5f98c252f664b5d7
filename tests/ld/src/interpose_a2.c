/* libipa2 (needed by libipa only): one level deeper than libipb in breadth-first order. */
const char *bfs_fn(void)
{
	return "ipa2";
}

const char *a2_calls_bfs(void)
{
	return bfs_fn();
}
