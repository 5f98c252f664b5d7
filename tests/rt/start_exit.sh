#!/usr/bin/env bash
# The start path seen from outside: exit codes from main and from twz_rt_exit, arguments and the
# environment as given, constructors before main and destructors once after it.
set -u
prog=$TWZ_TMP/prog
"$TWZ_CC" --runtime=minimal -static -O2 -Wall -Wextra -Werror "$TWZ_SRC/tests/rt/start/prog.c" -o "$prog" || exit 1

fails=0
check() { # check WHAT GOT WANT
	if [[ "$2" != "$3" ]]; then
		printf '%s: got %q, want %q\n' "$1" "$2" "$3"
		fails=$((fails + 1))
	fi
}

for n in 0 1 7 42 255; do
	out=$("$prog" code $n); check "code $n status" $? $n; check "code $n output" "$out" $'init\nfini'
	out=$("$prog" exit $n); check "exit $n status" $? $n; check "exit $n output" "$out" $'init\nfini'
done
out=$("$prog" code 256); check "code 256 status" $? 0

out=$("$prog" args a "b c" "" "  d"); check "args status" $? 0
check "args output" "$out" $'init\na\nb c\n\n  d\nfini'
out=$(TWZ_TEST_VAR='x=y z' "$prog" env TWZ_TEST_VAR); check "env output" "$out" $'init\nx=y z\nfini'
out=$(env -i "$prog" env PATH); check "empty env output" "$out" $'init\nunset\nfini'
for k in 0 1 2 9; do
	out=$("$prog" reenter $k 2>"$TWZ_TMP/err"); check "reenter $k status" $? 127
	check "reenter $k output" "$out" "init"
	check "reenter $k stderr lines" "$(wc -l <"$TWZ_TMP/err")" 1
done
((fails == 0))
