/* twzrt's <stdio.h>: newlib's, plus the POSIX functions it implements under other names. */
#include_next <stdio.h>

#ifndef _TWZ_STDIO_H
#define _TWZ_STDIO_H

#if __POSIX_VISIBLE >= 200809
__BEGIN_DECLS
ssize_t getline(char **__restrict __lineptr, size_t *__restrict __n, FILE *__restrict __stream);
ssize_t getdelim(char **__restrict __lineptr, size_t *__restrict __n, int __delim, FILE *__restrict __stream);
FILE *popen(const char *__command, const char *__mode);
int pclose(FILE *__stream);
__END_DECLS
#endif

#endif
