/* A program and its library (shared_lib.c) share one C library: one stdout buffer (output interleaves in
 * call order though stdout is a file, fully buffered), one set of FILEs, one environment, one errno per
 * thread, one heap, one pthread key table, one atexit list; the library's constructor already sees the
 * environment. Argument "exit": the library calls exit(7) instead of main returning. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include "lcheck.h"
#include "shared_lib.h"

extern char **environ;

static void prog_atexit(void)
{
	printf("prog atexit\n");
}

__attribute__((destructor)) static void prog_dtor(void)
{
	printf("prog dtor\n");
}

int main(int argc, char **argv)
{
	CHECK(lib_ctor_saw_env);
	printf("prog 1, ");
	lib_printf("lib 2, ");
	printf("prog 3\n");
	CHECK(lib_stdout() == stdout);

	FILE *f = fopen("shared.txt", "w+");
	CHECK(f != NULL);
	if (f) {
		fputs("prog line\n", f);
		CHECK(lib_fputs("lib line\n", f) >= 0);
		fputs("prog again\n", f);
		rewind(f);
		char buf[64] = "";
		size_t n = fread(buf, 1, sizeof buf - 1, f);
		buf[n] = 0;
		CHECK_STR(buf, "prog line\nlib line\nprog again\n");
		fclose(f);
	}

	CHECK(lib_environ() == environ);
	CHECK_INT(setenv("TWZ_SHARED_PROG", "from prog", 1), 0);
	const char *v = lib_getenv("TWZ_SHARED_PROG");
	CHECK(v && !strcmp(v, "from prog"));
	CHECK_INT(lib_setenv("TWZ_SHARED_LIB", "from lib"), 0);
	v = getenv("TWZ_SHARED_LIB");
	CHECK(v && !strcmp(v, "from lib"));

	errno = 0;
	lib_set_errno(ERANGE);
	CHECK_INT(errno, ERANGE);
	errno = EINTR;
	CHECK_INT(lib_get_errno(), EINTR);

	char *s = lib_strdup("one heap");
	CHECK(s && !strcmp(s, "one heap"));
	free(s);
	s = malloc(64);
	CHECK(s != NULL);
	lib_free(s);

	pthread_key_t k;
	static int value;
	CHECK_INT(pthread_key_create(&k, NULL), 0);
	CHECK_INT(pthread_setspecific(k, &value), 0);
	CHECK(lib_getspecific(k) == &value);
	CHECK(pthread_equal(lib_self(), pthread_self()));

	atexit(prog_atexit);
	lib_register_atexit(); /* registered last: runs first */
	if (argc > 1 && !strcmp(argv[1], "exit"))
		lib_exit(lc_failures ? 1 : 7);
	printf("main returns\n");
	return lc_status();
}
