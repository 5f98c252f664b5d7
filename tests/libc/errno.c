/* Errors: the errno values of failing calls (the runtime's errors translated once, in sysdeps/errno.c),
 * strerror/perror, math and conversion errors, and calls that do not exist here (ENOSYS). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lcheck.h"

int main(void)
{
	char buf[16];
	CHECK_ERR(open("missing/file", O_RDONLY), ENOENT);
	CHECK_ERR(read(77, buf, 1), EBADF);
	CHECK_ERR(write(77, buf, 1), EBADF);
	CHECK_ERR(close(77), EBADF);
	CHECK_ERR(lseek(77, 0, SEEK_SET), EBADF);
	CHECK_ERR(dup(77), EBADF);
	CHECK_ERR(dup2(77, 78), EBADF);
	CHECK_ERR(fcntl(77, F_GETFD), EBADF);
	CHECK_ERR(mkdir("", 0755), ENOENT);
	CHECK_ERR(rmdir("missing"), ENOENT);
	CHECK_ERR(chdir("missing"), ENOENT);
	CHECK_ERR(lseek(0, 0, 99), EINVAL);
	CHECK_ERR(pread(0, buf, 1, -1), EINVAL);
	/* not part of this system: ENOSYS, never a fake success */
	CHECK_ERR(fork(), ENOSYS);
	CHECK_ERR(execve("/bin/true", NULL, NULL), ENOSYS);
	CHECK_ERR(link("a", "b"), ENOSYS);
	CHECK_ERR(chmod("a", 0600), ENOSYS);
	CHECK_ERR(waitpid(12345, NULL, 0), ECHILD);
	CHECK_INT(clock(), (clock_t)-1);
	/* conversions and maths */
	errno = 0;
	CHECK_INT(strtol("99999999999999999999", NULL, 10), LONG_MAX);
	CHECK_INT(errno, ERANGE);
	errno = 0;
	volatile double big = 1e308;
	CHECK(isinf(big * 10));
	errno = 0;
	CHECK(isnan(log(-1.0 + big * 0)));
	if (math_errhandling & MATH_ERRNO)
		CHECK_INT(errno, EDOM);
	/* messages */
	CHECK_STR(strerror(ENOENT), "No such file or directory");
	CHECK_STR(strerror(EBADF), "Bad file number");
	errno = EACCES;
	perror("perror test (expected output)");
	CHECK_INT(errno, EACCES);
	/* errno is per thread: checked in keys.c */
	return lc_status();
}
