#!/usr/bin/env bash
# The test runner: runs each test (a program or a .sh script) alone, with a timeout, in its own scratch
# directory, and reports one line per test and a closing "N passed, N failed, N skipped".
# Exit status of a test: 0 pass, 77 skip, anything else (or the timeout) fail.
# Environment: TWZ_TEST_TIMEOUT (seconds, default 120), TWZ_TEST_VERBOSE=1 prints every test's output.
set -u
timeout_s=${TWZ_TEST_TIMEOUT:-120}
pass=0 fail=0 skip=0 failed=()
scratch_root=$(mktemp -d "${TMPDIR:-/tmp}/twzrt-tests.XXXXXX")

for t in "$@"; do
	[[ $t == /* ]] || t=$PWD/$t
	name=${t#"${TWZ_BUILD:-build}/"}
	name=${name#"${TWZ_SRC:-$PWD}/"}
	name=${name#tests/}
	dir=$scratch_root/$(echo "$name" | tr '/' '_')
	mkdir -p "$dir"
	log=$dir/log
	if [[ ! -e $t ]]; then
		fail=$((fail + 1)); failed+=("$name"); echo "FAIL  $name: did not build"
		continue
	fi
	case $t in
	*.sh) cmd=(bash "$t") ;;
	*) cmd=("$t") ;;
	esac
	start=$(date +%s%N)
	(cd "$dir" && TWZ_TMP=$dir TWZ_STORE=$dir/store timeout -k 5 "$timeout_s" "${cmd[@]}") >"$log" 2>&1 </dev/null
	rc=$?
	ms=$((($(date +%s%N) - start) / 1000000))
	secs=$((ms / 1000)).$((ms % 1000 / 100))
	case $rc in
	0) pass=$((pass + 1)); echo "PASS  $name (${secs}s)" ;;
	77) skip=$((skip + 1)); echo "SKIP  $name: $(tail -n 1 "$log")" ;;
	124 | 137) fail=$((fail + 1)); failed+=("$name"); echo "FAIL  $name: timed out after ${timeout_s}s" ;;
	*) fail=$((fail + 1)); failed+=("$name"); echo "FAIL  $name (exit $rc)" ;;
	esac
	if [[ $rc -ne 0 && $rc -ne 77 ]] || [[ ${TWZ_TEST_VERBOSE:-0} == 1 ]]; then
		tail -n 40 "$log" | sed 's/^/      | /'
	fi
done

rm -rf "$scratch_root"
if ((fail)); then echo "failed: ${failed[*]}"; fi
echo "$pass passed, $fail failed, $skip skipped"
((fail == 0))
