/* hello: a program written against the Twizzler runtime ABI alone (no C library), the first thing the
 * minimal runtime runs. It greets, echoes its arguments, and reports a few facts the runtime gives. */
#include <stddef.h>
#include <stdint.h>
#include <twizzler/rt/__all.h>

static size_t length(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static void say(const char *s)
{
	twz_rt_fd_pwrite(1, s, length(s), NULL);
}

/* Writes v in decimal. */
static void say_number(uint64_t v)
{
	char buf[24];
	size_t i = sizeof buf;
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	twz_rt_fd_pwrite(1, buf + i, sizeof buf - i, NULL);
}

int main(int argc, char **argv)
{
	say("hello from twzrt (ABI " TWZ_RT_ABI_VERSION ")\n");
	for (int i = 1; i < argc; i++) {
		say("  argument: ");
		say(argv[i]);
		say("\n");
	}
	struct system_info info = twz_rt_get_sysinfo();
	say("  cpus: ");
	say_number(info.available_parallelism);
	say(", page size: ");
	say_number(info.page_size);
	say("\n");
	return 0;
}
