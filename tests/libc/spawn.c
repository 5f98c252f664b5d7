/* Starting programs: posix_spawn + waitpid (exit codes, WNOHANG, wait for any child, kill), file
 * actions (redirecting into a file), system (pipes to children: spawn_pipe.c). The children are this program run
 * with an argument naming what to do. */
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "lcheck.h"

extern char **environ;
static const char *self;

static pid_t start(const char *what, const char *arg, posix_spawn_file_actions_t *fa)
{
	char *argv[] = { (char *)self, (char *)what, (char *)arg, NULL };
	pid_t pid = -1;
	int r = posix_spawn(&pid, self, fa, NULL, argv, environ);
	if (r)
		LC_FAIL("posix_spawn %s: %s", what, strerror(r));
	return pid;
}

static int child(int argc, char **argv)
{
	if (!strcmp(argv[1], "exit"))
		return atoi(argv[2]);
	if (!strcmp(argv[1], "echo")) {
		printf("child says %s\n", argc > 2 ? argv[2] : "");
		return 0;
	}
	if (!strcmp(argv[1], "sleep")) {
		struct timespec ts = { atoi(argv[2]), 0 };
		nanosleep(&ts, NULL);
		return 0;
	}
	return 99;
}

static char *slurp(int fd, char *buf, size_t n)
{
	size_t got = 0;
	ssize_t r;
	while (got < n - 1 && (r = read(fd, buf + got, n - 1 - got)) > 0)
		got += (size_t)r;
	buf[got] = 0;
	return buf;
}

int main(int argc, char **argv)
{
	self = argv[0];
	if (argc > 1)
		return child(argc, argv);
	if (self[0] != '/')
		return LC_SKIP;

	int status = -1;
	pid_t pid = start("exit", "7", NULL);
	CHECK(pid > 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFEXITED(status));
	CHECK_INT(WEXITSTATUS(status), 7);
	CHECK_ERR(waitpid(pid, &status, 0), ECHILD);

	/* stdout into a file */
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "child.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	pid = start("echo", "file", &fa);
	posix_spawn_file_actions_destroy(&fa);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 0);
	char buf[256];
	int fd = open("child.txt", O_RDONLY);
	CHECK_STR(slurp(fd, buf, sizeof buf), "child says file\n");
	close(fd);

	/* WNOHANG, kill, and waiting for any child */
	pid = start("sleep", "30", NULL);
	CHECK_INT(waitpid(pid, &status, WNOHANG), 0);
	CHECK_OK(kill(pid, SIGTERM));
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 128 + 15); /* killed: reported as exit code 128 + Linux's SIGTERM */
	pid_t a = start("exit", "1", NULL), b = start("exit", "2", NULL);
	int seen = 0;
	for (int i = 0; i < 2; i++) {
		pid_t w = wait(&status);
		CHECK(w == a || w == b);
		seen |= WEXITSTATUS(status);
	}
	CHECK_INT(seen, 3);
	CHECK_ERR(wait(&status), ECHILD);
	CHECK_ERR(kill(12345678, SIGTERM), ESRCH);

	/* through the shell */
	if (access("/bin/sh", X_OK) == 0) {
		CHECK(system(NULL) != 0);
		status = system("exit 3");
		CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 3);
	}
	return lc_status();
}
