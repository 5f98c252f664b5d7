/* dl* calls link in every program. Under the minimal runtime (static) they fail with a dlerror message
 * that says why; under the reference runtime dlopen of a missing file fails with the loader's message
 * naming it. Either way dlerror is cleared by reading it, and a bogus handle is refused. */
#include <dlfcn.h>
#include "lcheck.h"

int main(void)
{
	CHECK(dlopen("libdoes-not-exist.so", RTLD_NOW) == NULL);
	const char *e = dlerror();
	CHECK(e != NULL && (strstr(e, "static program") || strstr(e, "libdoes-not-exist.so")));
	CHECK(dlerror() == NULL);
	CHECK(dlclose((void *)1) != 0); /* a handle no dlopen returned */
	CHECK(dlerror() != NULL);
	return lc_status();
}
