/* Writes to stdout until a write fails, then exits 3 if the failure was IO/RESET (the reader is gone),
 * 4 for any other error. Without the runtime ignoring SIGPIPE, the first such write would kill it. */
#include <twizzler/rt/__all.h>

int main(void)
{
	static char block[4096];
	for (int i = 0; i < 1 << 20; i++) {
		struct io_result r = twz_rt_fd_pwrite(1, block, sizeof block, NULL);
		if (r.err)
			return r.err == TWZ_ERROR(IO_ERROR, RESET) ? 3 : 4;
	}
	return 0;
}
