#!/bin/bash
# A write to a pipe whose reader has gone is an error (IO/RESET), not death by SIGPIPE; and a program the
# runtime starts gets SIGPIPE's default action back (the runtime's own policy is not inherited).
set -u
for p in pipe_writer spawn_sigpipe; do
	"$TWZ_CC" --runtime=minimal -static -O2 -Wall -Wextra -Werror "$TWZ_SRC/tests/rt/io/$p.c" \
		-o "$TWZ_TMP/$p" || exit 1
done
"$TWZ_TMP/pipe_writer" | head -c 1 >/dev/null
status=${PIPESTATUS[0]}
if [[ $status -ne 3 ]]; then
	echo "writer to a closed pipe exited $status, want 3 (IO/RESET)"
	exit 1
fi
"$TWZ_TMP/spawn_sigpipe"
status=$?
if [[ $status -ne 0 ]]; then
	echo "a spawned program inherited the runtime's ignored SIGPIPE (or could not be checked): status $status"
	exit 1
fi
exit 0
