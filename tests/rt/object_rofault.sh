#!/bin/bash
# Writing through a read-only object mapping faults: the runtime's fault path ends the process with
# status 139 (128 + SIGSEGV), never silently succeeding (3) or exiting normally.
set -u
"$TWZ_CC" --runtime=minimal -static -O2 -Wall -Wextra -Werror -I"$TWZ_SRC/tests/lib" \
	"$TWZ_SRC/tests/rt/object/ro_write.c" -o "$TWZ_TMP/ro_write" || exit 1
"$TWZ_TMP/ro_write" 2>"$TWZ_TMP/err"
rc=$?
if [ "$rc" -ne 139 ]; then
	echo "ro_write exited $rc, want 139"
	cat "$TWZ_TMP/err"
	exit 1
fi
exit 0
