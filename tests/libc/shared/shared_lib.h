/* The library of tests/libc/shared.sh: each function uses the C library on the program's behalf. */
#ifndef TWZ_TESTS_LIBC_SHARED_LIB_H
#define TWZ_TESTS_LIBC_SHARED_LIB_H

#include <pthread.h>
#include <stdio.h>

extern int lib_ctor_saw_env;              /* its constructor found TWZ_SHARED_CTOR in the environment */
void lib_printf(const char *s);           /* printf("%s", s) */
int lib_fputs(const char *s, FILE *f);    /* fputs(s, f) */
FILE *lib_stdout(void);                   /* stdout as the library sees it */
char **lib_environ(void);                 /* environ as the library sees it */
const char *lib_getenv(const char *name); /* getenv(name) */
int lib_setenv(const char *name, const char *value);
void lib_set_errno(int e);
int lib_get_errno(void);
char *lib_strdup(const char *s);
void lib_free(void *p);
void *lib_getspecific(pthread_key_t k);
pthread_t lib_self(void);
void lib_register_atexit(void);           /* its handler prints "lib atexit" */
_Noreturn void lib_exit(int code);        /* exit(code) from the library */

#endif
