/* Pipes between programs: a child's stdout into a pipe (posix_spawn with adddup2), and popen in both
 * directions. */
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lcheck.h"

extern char **environ;

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
	if (argc > 1) {
		char line[64];
		if (!strcmp(argv[1], "echo"))
			printf("child says pipe\n");
		else if (!strcmp(argv[1], "upper") && fgets(line, sizeof line, stdin))
			for (char *c = line; *c; c++)
				putchar(*c >= 'a' && *c <= 'z' ? *c - 32 : *c);
		return 0;
	}
	if (argv[0][0] != '/')
		return LC_SKIP;
	char buf[256];
	int p[2], status = -1;
	CHECK_OK(pipe(p));
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, p[1], 1);
	posix_spawn_file_actions_addclose(&fa, p[0]);
	char *args[] = { argv[0], "echo", NULL };
	pid_t pid;
	int r = posix_spawn(&pid, argv[0], &fa, NULL, args, environ);
	posix_spawn_file_actions_destroy(&fa);
	CHECK_INT(r, 0);
	close(p[1]);
	CHECK_STR(slurp(p[0], buf, sizeof buf), "child says pipe\n");
	close(p[0]);
	if (r == 0)
		CHECK_INT(waitpid(pid, &status, 0), pid);

	snprintf(buf, sizeof buf, "%s echo", argv[0]);
	FILE *f = popen(buf, "r");
	CHECK(f != NULL);
	if (f) {
		CHECK(fgets(buf, sizeof buf, f) != NULL);
		CHECK_STR(buf, "child says pipe\n");
		CHECK_INT(pclose(f), 0);
	}
	snprintf(buf, sizeof buf, "%s upper > upper.txt", argv[0]);
	f = popen(buf, "w");
	CHECK(f != NULL);
	if (f) {
		fputs("shout\n", f);
		CHECK_INT(pclose(f), 0);
		int fd = open("upper.txt", O_RDONLY);
		CHECK_STR(slurp(fd, buf, sizeof buf), "SHOUT\n");
		close(fd);
	}
	return lc_status();
}
