/* posix_spawn hands the child the parent's open files themselves: a file descriptor's position is
 * shared (the child appends where the parent stopped, and the parent then continues after the child),
 * and dup2 file actions redirect the child's stderr into the parent's stdout file. */
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lcheck.h"

extern char **environ;

/* Runs sh -c script with the file actions; returns its exit code. */
static int sh(const char *script, posix_spawn_file_actions_t *fa)
{
	char *argv[] = { "sh", "-c", (char *)script, NULL };
	pid_t pid;
	int st = -1;
	int r = posix_spawn(&pid, "/bin/sh", fa, NULL, argv, environ);
	if (r) {
		LC_FAIL("posix_spawn: %s", strerror(r));
		return -1;
	}
	waitpid(pid, &st, 0);
	return WEXITSTATUS(st);
}

static void read_file(const char *path, char *buf, size_t n)
{
	int fd = open(path, O_RDONLY);
	ssize_t got = fd >= 0 ? read(fd, buf, n - 1) : -1;
	buf[got > 0 ? got : 0] = 0;
	close(fd);
}

int main(void)
{
	char dir[] = "/tmp/twz-spawn-XXXXXX", path[64], buf[64];
	if (!mkdtemp(dir))
		return LC_SKIP;
	snprintf(path, sizeof path, "%s/shared.txt", dir);

	/* A shared position: A (parent), B (child, fd 5), C (parent). */
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK(dup2(fd, 5) == 5);
	CHECK_INT(write(5, "A", 1), 1);
	CHECK_INT(sh("printf B >&5", NULL), 0);
	CHECK_INT(write(5, "C", 1), 1);
	close(5);
	close(fd);
	read_file(path, buf, sizeof buf);
	CHECK_STR(buf, "ABC");

	/* dup2 in the file actions: the child's stderr is the file opened as the parent's fd 6. */
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK(dup2(fd, 6) == 6);
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, 6, 2);
	CHECK_INT(sh("echo err >&2", &fa), 0);
	posix_spawn_file_actions_destroy(&fa);
	close(6);
	close(fd);
	read_file(path, buf, sizeof buf);
	CHECK_STR(buf, "err\n");

	unlink(path);
	rmdir(dir);
	return lc_status();
}
