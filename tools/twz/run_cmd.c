/* `twz run PROG [ARGS...]`: runs a program through this toolchain's loader explicitly, whatever
 * interpreter path the program names (built by a tree installed elsewhere, moved, ...). It executes
 * lib/twzrt/reference/libtwz_rt.so with PROG as its first argument; the loader notices it was executed
 * directly and loads PROG, which then sees ARGS as usual (argv[0] = PROG). */
#define _GNU_SOURCE
#include "commands.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The loader next to this tool: <prefix>/bin/twz -> <prefix>/lib/twzrt/reference/libtwz_rt.so. */
static int loader_path(char *buf, size_t cap)
{
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n <= 0)
		return -1;
	self[n] = 0;
	char *slash = strrchr(self, '/');
	if (!slash)
		return -1;
	*slash = 0;
	slash = strrchr(self, '/');
	if (!slash)
		return -1;
	*slash = 0;
	if ((size_t)snprintf(buf, cap, "%s/lib/twzrt/reference/libtwz_rt.so", self) >= cap)
		return -1;
	return access(buf, X_OK) == 0 ? 0 : -1;
}

/* PROG as execvp would find it: with a '/' as given, else the first PATH entry that has it. */
static const char *find_program(const char *prog, char *buf, size_t cap)
{
	if (strchr(prog, '/'))
		return prog;
	const char *path = getenv("PATH");
	while (path && *path) {
		const char *end = strchrnul(path, ':');
		int len = (int)(end - path);
		if ((size_t)snprintf(buf, cap, "%.*s/%s", len ? len : 1, len ? path : ".", prog) < cap &&
		    access(buf, X_OK) == 0)
			return buf;
		path = *end ? end + 1 : end;
	}
	return prog;
}

int cmd_run(int argc, char **argv)
{
	if (argc < 1) {
		fprintf(stderr, "twz run: no program given\n  usage: twz run PROG [ARGS...]\n");
		return 2;
	}
	char loader[PATH_MAX], prog[PATH_MAX];
	if (loader_path(loader, sizeof loader) < 0) {
		fprintf(stderr, "twz run: this toolchain has no reference runtime (lib/twzrt/reference/libtwz_rt.so)\n"
				"  fix: use a toolchain built with the reference runtime, or run static programs directly\n");
		return 127;
	}
	char **args = calloc((size_t)argc + 2, sizeof *args);
	if (!args) {
		perror("twz run");
		return 127;
	}
	args[0] = loader;
	args[1] = (char *)find_program(argv[0], prog, sizeof prog);
	for (int i = 1; i < argc; i++)
		args[i + 1] = argv[i];
	execv(loader, args);
	fprintf(stderr, "twz run: cannot execute %s: %s\n", loader, strerror(errno));
	return 127;
}
