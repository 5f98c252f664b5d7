/* libinitX: a constructor and a destructor that print "ctor NAME" and "dtor NAME". Built with -DLEGACY
 * (libinitd) it also has DT_INIT/DT_FINI functions and prioritised constructors, to check the order
 * inside one library: DT_INIT, then .init_array in order; .fini_array in order, then DT_FINI. */
#include "out.h"

#define STR2(x) #x
#define STR(x) STR2(x)

#ifdef LEGACY
void legacy_init(void)
{
	out_line("init " STR(NAME));
}

void legacy_fini(void)
{
	out_line("fini " STR(NAME));
}

__attribute__((constructor(101))) static void ctor1(void)
{
	out_line("ctor " STR(NAME) "1");
}

__attribute__((constructor(102))) static void ctor2(void)
{
	out_line("ctor " STR(NAME) "2");
}

__attribute__((destructor(101))) static void dtor1(void)
{
	out_line("dtor " STR(NAME) "1");
}

__attribute__((destructor(102))) static void dtor2(void)
{
	out_line("dtor " STR(NAME) "2");
}
#else
__attribute__((constructor)) static void ctor(void)
{
	out_line("ctor " STR(NAME));
}

__attribute__((destructor)) static void dtor(void)
{
	out_line("dtor " STR(NAME));
}
#endif

/* Something for the users to link against. */
int DUMMY;
