/* libplugdep: libplug's dependency, loaded with it and only for it. */
#include "out.h"

__thread int plugdep_tls = 9;

__attribute__((constructor)) static void ctor(void)
{
	out_line("ctor plugdep");
}

__attribute__((destructor)) static void dtor(void)
{
	out_line("dtor plugdep");
}

int plugdep_value(void)
{
	return 40;
}

int plugdep_tls_get(void)
{
	return plugdep_tls;
}
