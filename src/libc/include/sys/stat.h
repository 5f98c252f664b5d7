/* twzrt's <sys/stat.h>: newlib's, plus the declarations it leaves out for this target. */
#include_next <sys/stat.h>

#ifndef _TWZ_SYS_STAT_H
#define _TWZ_SYS_STAT_H

__BEGIN_DECLS
int lstat(const char *__restrict __path, struct stat *__restrict __buf);
__END_DECLS

#endif
