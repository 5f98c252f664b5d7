/* Symbol interposition: the program's definitions win over every library's, and among libraries the
 * first in breadth-first load order (prog, libipa, libipb, libipa2) wins, for calls from anywhere. */
#include "out.h"

const char *dup_fn(void);
const char *bfs_fn(void);
const char *a_calls_who(void);
int *a_shared_var_addr(void);
const char *a_calls_dup(void);
const char *a_via_a2_calls_bfs(void);
const char *b_calls_dup(void);
extern int lib_var;
int b_get_lib_var(void);

const char *who_fn(void)
{
	return "prog";
}

int shared_var = 1;

static void show(const char *what, const char *v)
{
	out_s(what);
	out_s(" ");
	out_line(v);
}

int main(void)
{
	show("who_fn", who_fn());
	show("a_calls_who", a_calls_who());
	EXPECT(a_shared_var_addr() == &shared_var);
	out_kv("shared_var via libipa", (unsigned)*a_shared_var_addr());
	show("dup_fn", dup_fn());
	show("a_calls_dup", a_calls_dup());
	show("b_calls_dup", b_calls_dup());
	show("bfs_fn", bfs_fn());
	show("a2_calls_bfs", a_via_a2_calls_bfs());
	out_kv("lib_var", (unsigned)lib_var);
	lib_var = 43;
	out_kv("lib_var seen by libipb", (unsigned)b_get_lib_var());
	return out_failures;
}
