/* Helper of start_exit.sh. Modes (argv[1]):
 *   code N      return N from main
 *   exit N      twz_rt_exit(N) from main
 *   args ...    print the arguments, one per line
 *   env NAME    print the value of NAME, or "unset"
 *   reenter K   call twz_rt_runtime_entry again with kind K (the runtime must refuse: one line, 127)
 * A constructor prints "init", a destructor "fini" (the script checks they run once, in place). */
#include <twizzler/rt/__all.h>

static size_t len(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static void put(const char *s)
{
	twz_rt_fd_pwrite(1, s, len(s), NULL);
}

static int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static int number(const char *s)
{
	int n = 0;
	while (*s >= '0' && *s <= '9')
		n = n * 10 + (*s++ - '0');
	return n;
}

__attribute__((constructor)) static void init(void)
{
	put("init\n");
}

__attribute__((destructor)) static void fini(void)
{
	put("fini\n");
}

int main(int argc, char **argv, char **envp)
{
	if (argc < 2)
		return 2;
	if (streq(argv[1], "code") && argc > 2)
		return number(argv[2]);
	if (streq(argv[1], "exit") && argc > 2)
		twz_rt_exit(number(argv[2]));
	if (streq(argv[1], "args")) {
		for (int i = 2; i < argc; i++) {
			put(argv[i]);
			put("\n");
		}
		return 0;
	}
	if (streq(argv[1], "reenter") && argc > 2) {
		struct minimal_init_info min = {0, 0};
		struct runtime_info info = {0, number(argv[2]), argv, (size_t)argc, envp, 0, {.min = &min}};
		twz_rt_runtime_entry(&info, 0, 0);
	}
	if (streq(argv[1], "env") && argc > 2) {
		size_t n = len(argv[2]);
		for (char **e = envp; *e; e++) {
			if (len(*e) > n && (*e)[n] == '=' && !__builtin_memcmp(*e, argv[2], n)) {
				put(*e + n + 1);
				put("\n");
				return 0;
			}
		}
		put("unset\n");
		return 0;
	}
	return 2;
}
