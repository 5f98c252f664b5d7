/* The main hooks of the minimal runtime: nothing to do before or after main. */
#include "minimal.h"

RT_EXPORT struct option_exit_code twz_rt_pre_main_hook(void)
{
	return (struct option_exit_code){0, 0};
}

RT_EXPORT void twz_rt_post_main_hook(void)
{
}
