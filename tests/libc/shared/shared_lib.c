/* A library that uses the C library: built with twz-cc -shared, it must use the program's one C library
 * (libc.so), not a copy of its own. */
#include "shared_lib.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;
int lib_ctor_saw_env;

__attribute__((constructor)) static void lib_ctor(void)
{
	lib_ctor_saw_env = getenv("TWZ_SHARED_CTOR") != NULL;
	printf("lib ctor\n");
}

/* Runs after the program's destructor; printed without a newline, it shows only if stdio is flushed
 * after every image's destructors. */
__attribute__((destructor)) static void lib_dtor(void)
{
	printf("lib dtor");
}

static void lib_atexit(void)
{
	printf("lib atexit\n");
}

void lib_printf(const char *s)
{
	printf("%s", s);
}

int lib_fputs(const char *s, FILE *f)
{
	return fputs(s, f);
}

FILE *lib_stdout(void)
{
	return stdout;
}

char **lib_environ(void)
{
	return environ;
}

const char *lib_getenv(const char *name)
{
	return getenv(name);
}

int lib_setenv(const char *name, const char *value)
{
	return setenv(name, value, 1);
}

void lib_set_errno(int e)
{
	errno = e;
}

int lib_get_errno(void)
{
	return errno;
}

char *lib_strdup(const char *s)
{
	return strdup(s);
}

void lib_free(void *p)
{
	free(p);
}

void *lib_getspecific(pthread_key_t k)
{
	return pthread_getspecific(k);
}

pthread_t lib_self(void)
{
	return pthread_self();
}

void lib_register_atexit(void)
{
	atexit(lib_atexit);
}

void lib_exit(int code)
{
	exit(code);
}
