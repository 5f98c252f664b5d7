/* The twz_rt_* exports of rt/exec.h. */
#include "exec.h"

RT_EXPORT struct open_result twz_rt_exec_spawn(const struct exec_spawn_args *args)
{
	return rt_exec_spawn(args);
}
