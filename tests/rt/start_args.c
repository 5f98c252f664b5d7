/* Start-up: argc/argv/envp reach main, constructors ran in order before main, __thread variables are
 * initialised (tdata copied, tbss zero), and the stack-protector canary is set. The .sh twin checks the
 * exit status and arguments from outside. */
#include "tcheck.h"

static int order[8];
static int norder;

__attribute__((constructor(101))) static void first(void)
{
	order[norder++] = 1;
}

__attribute__((constructor(102))) static void second(void)
{
	order[norder++] = 2;
}

static __thread int tdata = 42;
static __thread long tbss[16];
static __thread char talign[64] __attribute__((aligned(64))) = "aligned";

static int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

int main(int argc, char **argv, char **envp)
{
	CHECK_EQ(norder, 2);
	CHECK_EQ(order[0], 1);
	CHECK_EQ(order[1], 2);

	REQUIRE(argc >= 1);
	REQUIRE(argv && argv[0]);
	CHECK(argv[argc] == NULL);
	/* start_args.sh runs us with: a "b c" (and TWZ_TEST_VAR=hello in the environment). */
	if (argc == 3) {
		CHECK(streq(argv[1], "a"));
		CHECK(streq(argv[2], "b c"));
		int found = 0;
		for (char **e = envp; *e; e++)
			found |= streq(*e, "TWZ_TEST_VAR=hello");
		CHECK(found);
	}

	CHECK_EQ(tdata, 42);
	for (int i = 0; i < 16; i++)
		CHECK_EQ(tbss[i], 0);
	CHECK_EQ((uintptr_t)talign % 64, 0);
	CHECK(streq(talign, "aligned"));
	tdata++;
	CHECK_EQ(tdata, 43);

	uintptr_t canary;
	__asm__("mov %%fs:0x28, %0" : "=r"(canary));
	CHECK(canary != 0);
	uintptr_t self;
	__asm__("mov %%fs:0, %0" : "=r"(self));
	CHECK_EQ(self, (uintptr_t)__builtin_thread_pointer());
	return t_status();
}
