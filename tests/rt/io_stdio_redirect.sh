#!/bin/bash
# Descriptors 0-2 follow whatever the host gave the process: with stdout redirected to a file, writes land
# in it and seeking works; with stdout a pipe, get_info says Pipe and seeking fails with IO/SEEK_FAILED;
# stdin redirected from a file reads its bytes. Closing fd 0 frees the number for the next open.
set -u -o pipefail
cat >"$TWZ_TMP/stdio.c" <<'PROG'
#include "tcheck.h"
int main(int argc, char **argv)
{
	(void)argc;
	int to_file = argv[1][0] == 'f';
	CHECK_EQ(twz_rt_fd_pwrite(1, "abc", 3, NULL).val, 3);
	struct io_result r = twz_rt_fd_seek(1, WHENCE_CURRENT, 0);
	struct fd_info info;
	CHECK(twz_rt_fd_get_info(1, &info));
	if (to_file) {
		CHECK_OK(r.err);
		CHECK_EQ(r.val, 3);
		CHECK_EQ(info.kind, FdKind_Regular);
		CHECK_EQ(info.len, 3);
		CHECK_EQ(twz_rt_fd_seek(1, WHENCE_START, 1).val, 1);
		CHECK_EQ(twz_rt_fd_pwrite(1, "Z", 1, NULL).val, 1);
	} else {
		CHECK_EQ(r.err, ((twz_error)IO_ERROR << 32) | SEEK_FAILED);
		CHECK_EQ(info.kind, FdKind_Pipe);
	}
	CHECK_EQ(info.flags & FD_IS_TERMINAL, 0);
	char buf[16];
	r = twz_rt_fd_pread(0, buf, sizeof buf, NULL);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 6);
	CHECK(buf[0] == 'i' && buf[5] == '\n');
	twz_rt_fd_close(0);
	struct open_result p = twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_READ | OPEN_FLAG_WRITE, NULL, 0);
	CHECK_OK(p.err);
	CHECK_EQ(p.fd, 0);
	return t_status();
}
PROG
"$TWZ_CC" --runtime=minimal -static -O2 -Wall -Wextra -Werror -I"$TWZ_SRC/tests/lib" "$TWZ_TMP/stdio.c" \
	-o "$TWZ_TMP/stdio" || exit 1
printf 'input\n' >"$TWZ_TMP/in.txt"

"$TWZ_TMP/stdio" file <"$TWZ_TMP/in.txt" >"$TWZ_TMP/out.txt" || { echo "file run failed"; exit 1; }
[[ $(cat "$TWZ_TMP/out.txt") == aZc ]] || { echo "file output: '$(cat "$TWZ_TMP/out.txt")'"; exit 1; }

out=$("$TWZ_TMP/stdio" pipe <"$TWZ_TMP/in.txt" | cat) || { echo "pipe run failed"; exit 1; }
[[ $out == abc ]] || { echo "pipe output: '$out'"; exit 1; }
exit 0
