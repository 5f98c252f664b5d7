#!/usr/bin/env bash
# Faults become upcalls: without a handler the runtime prints one line and exits 128 + signal; a handler
# sees the fault and may end the process; a fault inside a handler exits 127; abort raises SIGABRT.
set -u
prog=$TWZ_TMP/fault
"$TWZ_CC" --runtime=minimal -static -O1 -g -Wall -Wextra -Werror -I"$TWZ_SRC/tests/lib" \
	"$TWZ_SRC/tests/rt/upcall/fault.c" -o "$prog" || exit 1

fails=0
# expect MODE STATUS [REGEX]: runs the helper, checks the status and that stderr is one line matching REGEX.
expect() {
	local mode=$1 want=$2 re=${3:-} err rc
	err=$("$prog" "$mode" 2>&1 >/dev/null)
	rc=$?
	if [[ $rc -ne $want ]]; then
		echo "$mode: exit status $rc, want $want (stderr: $err)"
		fails=$((fails + 1))
		return
	fi
	if [[ -n $re ]]; then
		if [[ $(printf '%s\n' "$err" | wc -l) -ne 1 || ! $err =~ $re ]]; then
			echo "$mode: stderr '$err' does not match '$re'"
			fails=$((fails + 1))
		fi
	elif [[ -n $err ]]; then
		echo "$mode: unexpected stderr '$err'"
		fails=$((fails + 1))
	fi
}

hex='0x[0-9a-f]+'
expect main-read 139 "^twzrt: upcall: memory fault at address 0x1000 \(ip $hex, thread 1\)$"
expect thread-write 139 "^twzrt: upcall: memory fault at address 0x2000 \(ip $hex, thread 2\)$"
expect overflow 139 "^twzrt: upcall: memory fault at address $hex \(ip $hex, thread 2\)$"
expect ill 132 "^twzrt: upcall: illegal instruction at address $hex \(ip $hex, thread 1\)$"
expect fpe 136 "^twzrt: upcall: arithmetic fault at address $hex \(ip $hex, thread 1\)$"
expect handler-exit 42
expect handler-fault 127 "^twzrt: upcall: .*inside an upcall handler"
expect handler-reset 139 "^twzrt: upcall: memory fault at address 0x1000 "
expect abort 134
# SIGABRT ignored (inherited through exec) must not keep twz_rt_abort from ending the process.
rc=$(trap '' ABRT; "$prog" abort 2>/dev/null; echo $?)
[[ $rc -eq 134 ]] || { echo "abort with SIGABRT ignored: exit status $rc, want 134"; fails=$((fails + 1)); }
((fails == 0))
