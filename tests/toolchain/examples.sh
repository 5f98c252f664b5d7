#!/usr/bin/env bash
# The examples build and run under both runtimes (what `make run` shows a new user).
set -u
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
export TWZ_STORE=$TWZ_TMP/store
for rt in "--runtime=minimal -static" "--runtime=reference"; do
	for ex in hello objects; do
		# shellcheck disable=SC2086
		"$TWZ_CC" $rt -O2 -Wall -Wextra -Werror "$TWZ_SRC/examples/$ex/$ex.c" -o "$TWZ_TMP/$ex" ||
			{ fail "build $ex ($rt)"; continue; }
		out=$("$TWZ_TMP/$ex" 2>&1) || fail "$ex ($rt) exited $?: $out"
		case $ex in
		hello) [[ $out == *"hello from twzrt"* ]] || fail "hello ($rt) printed: $out" ;;
		objects) [[ $out == *"followed it to: hello from an object"* ]] || fail "objects ($rt) printed: $out" ;;
		esac
	done
done
# The objects example cleans up after itself: nothing is left in the store.
left=$(find "$TWZ_STORE" -type f 2>/dev/null | wc -l)
[[ $left -eq 0 ]] || fail "objects left $left files in the store"
((fails == 0))
