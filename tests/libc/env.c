/* The environment: what the program started with (environ, getenv), and setenv/unsetenv/putenv. */
#include <stdlib.h>
#include <string.h>
#include "lcheck.h"

extern char **environ;

int main(void)
{
	/* tests/run.sh sets TWZ_TMP for every test */
	const char *tmp = getenv("TWZ_TMP");
	CHECK(tmp != NULL && tmp[0] == '/');
	int found = 0;
	for (char **e = environ; *e; e++)
		if (strncmp(*e, "TWZ_TMP=", 8) == 0)
			found = 1;
	CHECK(found);
	CHECK(getenv("TWZ_LIBC_TEST_UNSET_NAME") == NULL);
	CHECK_OK(setenv("TWZ_A", "one", 0));
	CHECK_STR(getenv("TWZ_A"), "one");
	CHECK_OK(setenv("TWZ_A", "two", 0)); /* no overwrite */
	CHECK_STR(getenv("TWZ_A"), "one");
	CHECK_OK(setenv("TWZ_A", "three", 1));
	CHECK_STR(getenv("TWZ_A"), "three");
	static char put[] = "TWZ_B=put";
	CHECK_OK(putenv(put));
	CHECK_STR(getenv("TWZ_B"), "put");
	CHECK_OK(unsetenv("TWZ_A"));
	CHECK(getenv("TWZ_A") == NULL);
	CHECK_ERR(setenv("BAD=NAME", "x", 1), EINVAL);
	/* many variables: environ grows */
	char name[32];
	for (int i = 0; i < 200; i++) {
		snprintf(name, sizeof name, "TWZ_VAR_%d", i);
		CHECK_OK(setenv(name, name + 4, 1));
	}
	CHECK_STR(getenv("TWZ_VAR_150"), "VAR_150");
	CHECK_STR(getenv("TWZ_TMP"), tmp);
	return lc_status();
}
