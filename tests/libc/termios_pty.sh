#!/usr/bin/env bash
# tests/libc/termios.c on a real terminal: built for both runtimes and run with standard input a pty
# (util-linux script(1)); skipped where script is missing.
set -u
command -v script >/dev/null || exit 77
cd "$TWZ_TMP" || exit 1
flags=(-O2 -Wall -Wextra -Werror -I"$TWZ_SRC/tests/libc" "$TWZ_SRC/tests/libc/termios.c")
"$TWZ_CC" --runtime=minimal -static "${flags[@]}" -o termios_min || exit 1
"$TWZ_CC" --runtime=reference "${flags[@]}" -o termios_ref || exit 1
status=0
for p in termios_min termios_ref; do
	out=$(script -qec "./$p" /dev/null </dev/null 2>&1)
	rc=$?
	if [[ $rc != 0 || $out != *"terminal checked"* ]]; then
		echo "$p under a pty: exit $rc, output:"
		echo "$out"
		status=1
	fi
done
exit $status
