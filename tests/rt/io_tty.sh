#!/bin/bash
# Descriptors on a terminal (a pty from script(1)): FD_IS_TERMINAL and kind Pty in get_info, the TERMIOS
# and WINSIZE registers, IO/SEEK_FAILED for seeking, and WOULD_BLOCK for a non-blocking read of an idle
# terminal. Skipped where script(1) is missing.
set -u
command -v script >/dev/null || { echo "script(1) not installed"; exit 77; }
cat >"$TWZ_TMP/tty.c" <<'PROG'
#include "tcheck.h"
#define E(cat, code) (((twz_error)(cat) << 32) | (code))
int main(void)
{
	struct fd_info info;
	CHECK(twz_rt_fd_get_info(1, &info));
	CHECK_EQ(info.flags & FD_IS_TERMINAL, FD_IS_TERMINAL);
	CHECK_EQ(info.kind, FdKind_Pty);
	char t[64];
	CHECK_OK(twz_rt_fd_get_config(1, IO_REGISTER_TERMIOS, t, sizeof t));
	CHECK_OK(twz_rt_fd_set_config(1, IO_REGISTER_TERMIOS, t, sizeof t));
	CHECK_EQ(twz_rt_fd_get_config(1, IO_REGISTER_TERMIOS, t, 8), E(ARGUMENT_ERROR, INVALID_ARGUMENT));
	unsigned short ws[4];
	CHECK_OK(twz_rt_fd_get_config(1, IO_REGISTER_WINSIZE, ws, sizeof ws));
	CHECK_EQ(twz_rt_fd_seek(1, WHENCE_START, 0).err, E(IO_ERROR, SEEK_FAILED));
	struct io_ctx nb = { .flags = IO_NONBLOCKING, .offset = FD_POS };
	char c;
	/* script(1) may pass on its stdin's end of file as ^D: then the read returns 0 bytes */
	struct io_result r = twz_rt_fd_pread(0, &c, 1, &nb);
	CHECK(r.err == E(GENERIC_ERROR, WOULD_BLOCK) || (r.err == 0 && r.val == 0));
	twz_rt_fd_pwrite(1, t_failures ? "TTY FAIL\n" : "TTY OK\n", t_failures ? 9 : 7, NULL);
	return t_status();
}
PROG
"$TWZ_CC" --runtime=minimal -static -O2 -Wall -Wextra -Werror -I"$TWZ_SRC/tests/lib" "$TWZ_TMP/tty.c" \
	-o "$TWZ_TMP/tty" || exit 1
out=$(script -qec "$TWZ_TMP/tty" /dev/null 2>&1)
rc=$?
if [[ $out != *"TTY OK"* ]]; then
	if [[ $out != *"TTY FAIL"* ]]; then
		echo "script(1) could not run the program here: $out"
		exit 77
	fi
	echo "$out"
	exit 1
fi
exit $rc
