/* The end of a program: atexit handlers (in reverse), then destructors, then stdio flushed, whether main
 * returns or calls exit; _exit skips all three; abort and raise(SIGABRT) end it abnormally; exit on
 * another thread, while the main thread waits in pthread_exit or is blocked in pthread_join; and the
 * environment is already set when constructors run. Each case runs in a child whose stdout is
 * a file (fully buffered), which the parent then reads. */
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lcheck.h"

extern char **environ;
static int in_child;

static void h1(void) { printf("h1\n"); }
static void h2(void) { printf("h2\n"); }

static int ctor_saw_env;

__attribute__((constructor)) static void ctor(void)
{
	/* runs before main, in parent and children alike; the C library is set up before constructors */
	ctor_saw_env = getenv("TWZ_EXIT_TEST") != NULL;
}

__attribute__((destructor)) static void dtor(void)
{
	if (in_child)
		printf("dtor\n");
}

static void *thread_exit(void *arg)
{
	(void)arg;
	printf("thread\n");
	exit(9);
}

static int child(const char *what)
{
	in_child = 1;
	atexit(h1);
	atexit(h2);
	printf("main\n");
	if (!strcmp(what, "return"))
		return 5;
	if (!strcmp(what, "exit"))
		exit(6);
	if (!strcmp(what, "_exit"))
		_exit(7);
	if (!strcmp(what, "_Exit"))
		_Exit(8);
	if (!strcmp(what, "abort"))
		abort();
	if (!strcmp(what, "raise"))
		raise(SIGABRT);
	if (!strcmp(what, "thread")) {
		pthread_t t;
		pthread_create(&t, NULL, thread_exit, NULL);
		pthread_exit(NULL);
	}
	if (!strcmp(what, "thread_join")) {
		pthread_t t;
		pthread_create(&t, NULL, thread_exit, NULL);
		pthread_join(t, NULL); /* never returns: the thread ends the process */
		return 98;
	}
	if (!strcmp(what, "ctor_env"))
		return ctor_saw_env ? 11 : 12;
	return 99;
}

/* Runs this program with `what`, stdout into out.txt; returns the wait status and the output in buf. */
static int run(const char *self, const char *what, char *buf, size_t n)
{
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "out.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	char *argv[] = { (char *)self, (char *)what, NULL };
	pid_t pid;
	int status = -1;
	int r = posix_spawn(&pid, self, &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (r) {
		LC_FAIL("posix_spawn: %s", strerror(r));
		return -1;
	}
	waitpid(pid, &status, 0);
	int fd = open("out.txt", O_RDONLY);
	ssize_t got = fd >= 0 ? read(fd, buf, n - 1) : -1;
	buf[got > 0 ? got : 0] = 0;
	close(fd);
	return status;
}

int main(int argc, char **argv)
{
	if (argc > 1)
		return child(argv[1]);
	if (argv[0][0] != '/')
		return LC_SKIP;
	setenv("TWZ_EXIT_TEST", "1", 1);
	char out[256];
	int st;
	st = run(argv[0], "return", out, sizeof out);
	CHECK_INT(WEXITSTATUS(st), 5);
	CHECK_STR(out, "main\nh2\nh1\ndtor\n");
	st = run(argv[0], "exit", out, sizeof out);
	CHECK_INT(WEXITSTATUS(st), 6);
	CHECK_STR(out, "main\nh2\nh1\ndtor\n");
	st = run(argv[0], "_exit", out, sizeof out);
	CHECK_INT(WEXITSTATUS(st), 7);
	CHECK_STR(out, "");
	st = run(argv[0], "_Exit", out, sizeof out);
	CHECK_INT(WEXITSTATUS(st), 8);
	CHECK_STR(out, "");
	st = run(argv[0], "abort", out, sizeof out);
	CHECK_INT(WEXITSTATUS(st), 128 + 6); /* SIGABRT, as the ABI reports a killed program */
	st = run(argv[0], "raise", out, sizeof out);
	CHECK_INT(WEXITSTATUS(st), 128 + 6);
	st = run(argv[0], "thread", out, sizeof out);
	CHECK_INT(WEXITSTATUS(st), 9);
	CHECK_STR(out, "main\nthread\nh2\nh1\ndtor\n");
	st = run(argv[0], "thread_join", out, sizeof out);
	CHECK_INT(WEXITSTATUS(st), 9);
	CHECK_STR(out, "main\nthread\nh2\nh1\ndtor\n");
	st = run(argv[0], "ctor_env", out, sizeof out);
	CHECK_INT(WEXITSTATUS(st), 11);
	return lc_status();
}
