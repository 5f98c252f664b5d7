/* Starts a shell that checks SIGPIPE is not ignored in it (bit 13 of SigIgn, mask 0x1000) and exits
 * with the shell's status. */
#include <twizzler/rt/__all.h>

int main(void)
{
	const char *args[] = { "/bin/sh", "-c",
			       "m=$(sed -n 's/^SigIgn:[[:space:]]*//p' /proc/$$/status); [ $((0x$m & 0x1000)) -eq 0 ]",
			       0 };
	struct exec_spawn_args sa = { .prog = "/bin/sh", .args = args, .env = 0 };
	struct open_result r = twz_rt_exec_spawn(&sa);
	if (r.err)
		return 10;
	char c;
	twz_rt_fd_pread(r.fd, &c, 1, 0); /* returns once the child has ended */
	uint64_t status = 0;
	if (twz_rt_fd_get_config(r.fd, IO_REGISTER_STATUS, &status, sizeof status))
		return 11;
	return (int)(status & 0xff);
}
