/* libstrongdef (after libweakdef in load order): a strong definition of what libweakdef defines weakly,
 * and the target of libweakdef's weak reference. */
int wfn(void)
{
	return 2;
}

int later_fn(void)
{
	return 7;
}
