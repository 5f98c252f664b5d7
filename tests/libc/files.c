/* Files and directories through the POSIX calls: open/read/write/lseek/pread/pwrite, O_APPEND, O_EXCL,
 * fstat/stat/lstat/access, ftruncate/fsync, dup/dup2/fcntl, rename/unlink, mkdir/rmdir,
 * opendir/readdir, getcwd/chdir, pipes with poll and select. Runs in the test's scratch directory. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include "lcheck.h"

static int has_entry(const char *dir, const char *name, unsigned char *type)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	struct dirent *e;
	int found = 0;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, name) == 0) {
			found = 1;
			*type = e->d_type;
		}
	closedir(d);
	return found;
}

int main(void)
{
	char buf[256];
	int fd = open("f1.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK_INT(write(fd, "hello world", 11), 11);
	CHECK_INT(lseek(fd, 0, SEEK_CUR), 11);
	CHECK_INT(lseek(fd, 0, SEEK_SET), 0);
	CHECK_INT(read(fd, buf, 5), 5);
	CHECK(memcmp(buf, "hello", 5) == 0);
	CHECK_INT(lseek(fd, -5, SEEK_END), 6);
	CHECK_INT(read(fd, buf, sizeof buf), 5);
	CHECK(memcmp(buf, "world", 5) == 0);
	CHECK_INT(read(fd, buf, sizeof buf), 0);
	CHECK_INT(pwrite(fd, "W", 1, 6), 1);
	CHECK_INT(pread(fd, buf, 5, 6), 5);
	CHECK(memcmp(buf, "World", 5) == 0);
	CHECK_INT(lseek(fd, 0, SEEK_CUR), 11); /* pread/pwrite leave the position alone */
	struct iovec iov[2] = { { "ab", 2 }, { "cd", 2 } };
	CHECK_INT(writev(fd, iov, 2), 4);
	struct stat st;
	CHECK_OK(fstat(fd, &st));
	CHECK_INT(st.st_size, 15);
	CHECK(S_ISREG(st.st_mode));
	CHECK_OK(ftruncate(fd, 5));
	CHECK_OK(fsync(fd));
	CHECK_OK(fstat(fd, &st));
	CHECK_INT(st.st_size, 5);
	CHECK(!isatty(fd));
	CHECK_INT(errno, ENOTTY);

	/* dup shares the position; dup2 onto a chosen number; fcntl flags */
	int d1 = dup(fd);
	CHECK(d1 > fd);
	CHECK_INT(lseek(fd, 2, SEEK_SET), 2);
	CHECK_INT(lseek(d1, 0, SEEK_CUR), 2);
	CHECK_INT(dup2(fd, 20), 20);
	CHECK_INT(lseek(20, 0, SEEK_CUR), 2);
	CHECK_INT(fcntl(20, F_GETFD), 0);
	CHECK_OK(fcntl(20, F_SETFD, FD_CLOEXEC));
	CHECK_INT(fcntl(20, F_GETFD), FD_CLOEXEC);
	CHECK_INT(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDWR);
	int d2 = fcntl(fd, F_DUPFD, 30);
	CHECK(d2 >= 30);
	CHECK_OK(close(d2));
	CHECK_OK(close(20));
	CHECK_OK(close(d1));
	CHECK_OK(close(fd));
	CHECK_ERR(close(fd), EBADF);

	/* O_APPEND writes at the end; O_EXCL refuses an existing name */
	fd = open("f1.txt", O_WRONLY | O_APPEND);
	CHECK(fd >= 0);
	lseek(fd, 0, SEEK_SET);
	CHECK_INT(write(fd, "++", 2), 2);
	CHECK_INT(fcntl(fd, F_GETFL) & O_APPEND, O_APPEND);
	close(fd);
	CHECK_OK(stat("f1.txt", &st));
	CHECK_INT(st.st_size, 7);
	CHECK_ERR(open("f1.txt", O_CREAT | O_EXCL | O_WRONLY, 0644), EEXIST);
	CHECK_OK(access("f1.txt", R_OK | W_OK));
	CHECK_ERR(access("nope.txt", F_OK), ENOENT);

	/* rename, unlink */
	CHECK_OK(rename("f1.txt", "f2.txt"));
	CHECK_ERR(stat("f1.txt", &st), ENOENT);
	CHECK_OK(stat("f2.txt", &st));
	fd = open("f3.txt", O_CREAT | O_WRONLY, 0644);
	close(fd);
	CHECK_OK(rename("f2.txt", "f3.txt")); /* replaces */
	CHECK_OK(stat("f3.txt", &st));
	CHECK_INT(st.st_size, 7);
	CHECK_OK(unlink("f3.txt"));
	CHECK_ERR(unlink("f3.txt"), ENOENT);

	/* directories */
	CHECK_OK(mkdir("dir", 0755));
	CHECK_ERR(mkdir("dir", 0755), EEXIST);
	fd = open("dir/inner", O_CREAT | O_WRONLY, 0644);
	CHECK(fd >= 0);
	close(fd);
	CHECK_OK(mkdir("dir/sub", 0755));
	unsigned char type = 0;
	CHECK(has_entry("dir", "inner", &type));
	CHECK_INT(type, DT_REG);
	CHECK(has_entry("dir", "sub", &type));
	CHECK_INT(type, DT_DIR);
	CHECK_OK(stat("dir", &st));
	CHECK(S_ISDIR(st.st_mode));
	CHECK_ERR(rmdir("dir"), ENOTEMPTY);
	CHECK_ERR(unlink("dir"), EISDIR);
	CHECK_ERR(rmdir("dir/inner"), ENOTDIR);
	CHECK_ERR(open("dir", O_WRONLY), EISDIR);
	CHECK_ERR(open("dir/inner", O_RDONLY | O_DIRECTORY), ENOTDIR);
	char cwd[PATH_MAX], cwd2[PATH_MAX];
	CHECK(getcwd(cwd, sizeof cwd) != NULL);
	CHECK_OK(chdir("dir"));
	CHECK(getcwd(cwd2, sizeof cwd2) != NULL);
	CHECK(strlen(cwd2) == strlen(cwd) + 4 && strcmp(cwd2 + strlen(cwd), "/dir") == 0);
	CHECK_OK(access("inner", F_OK));
	CHECK_OK(chdir(".."));
	char *dyn = getcwd(NULL, 0);
	CHECK_STR(dyn, cwd);
	free(dyn);
	CHECK(getcwd(cwd2, 2) == NULL && errno == ERANGE);
	CHECK_OK(unlink("dir/inner"));
	CHECK_OK(rmdir("dir/sub"));
	CHECK_OK(rmdir("dir"));
	CHECK_ERR(stat("dir", &st), ENOENT);

	/* stdio on files */
	FILE *f = fopen("s.txt", "w+");
	CHECK(f != NULL);
	fprintf(f, "line1\nline2\n");
	rewind(f);
	CHECK(fgets(buf, sizeof buf, f) && strcmp(buf, "line1\n") == 0);
	fclose(f);

	/* pipes, poll, select */
	int p[2];
	CHECK_OK(pipe(p));
	struct pollfd pf[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
	CHECK_INT(poll(pf, 2, 0), 1);
	CHECK(pf[1].revents & POLLOUT);
	CHECK_INT(write(p[1], "xyz", 3), 3);
	CHECK_INT(poll(pf, 1, 1000), 1);
	CHECK(pf[0].revents & POLLIN);
	fd_set rs;
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	struct timeval tv = { 1, 0 };
	CHECK_INT(select(p[0] + 1, &rs, NULL, NULL, &tv), 1);
	CHECK(FD_ISSET(p[0], &rs));
	CHECK_INT(read(p[0], buf, sizeof buf), 3);
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	tv.tv_sec = 0;
	tv.tv_usec = 1000;
	CHECK_INT(select(p[0] + 1, &rs, NULL, NULL, &tv), 0);
	CHECK_ERR(lseek(p[0], 0, SEEK_SET), ESPIPE);
	close(p[1]);
	CHECK_INT(read(p[0], buf, sizeof buf), 0);
	close(p[0]);
	return lc_status();
}
