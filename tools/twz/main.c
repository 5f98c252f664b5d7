/* twz: the twzrt command-line tool. */
#include "commands.h"

#include <stdio.h>
#include <string.h>
#include <twizzler/rt/version.h>

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *help;
} commands[] = {
	{ "abi", cmd_abi, "abi FILE...    print the twzrt ABI version each program or library was built for" },
	{ "run", cmd_run, "run PROG [ARGS...]  run a dynamic program through this toolchain's loader" },
};

static void usage(FILE *f)
{
	fprintf(f, "usage: twz COMMAND [ARGS]   (twzrt, ABI " TWZ_RT_ABI_VERSION ")\n");
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  twz %s\n", commands[i].help);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "twz: no command given\n");
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("twz (twzrt) ABI %s\n", TWZ_RT_ABI_VERSION);
		return 0;
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].run(argc - 2, argv + 2);
	fprintf(stderr, "twz: unknown command '%s'\n  fix: run 'twz --help' for the list\n", argv[1]);
	return 2;
}
