#!/usr/bin/env bash
# The build-time ABI check (scripts/abi-check.sh): every case of the compatibility rule, and a build
# with a mismatched toolchain stopping before anything is compiled.
set -u
src=$TWZ_SRC tmp=$TWZ_TMP
check=$src/scripts/abi-check.sh
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# fake_toolchain DIR VERSION COMMIT: a toolchain folder with just a stamp.
fake_toolchain() {
	mkdir -p "$1/share/twzrt"
	printf 'abi_version=%s\nsource_commit=%s\n' "$2" "$3" >"$1/share/twzrt/abi-stamp"
}
# version_h FILE MAJOR MINOR PATCH
version_h() {
	printf '#define TWZ_RT_ABI_VERSION_MAJOR %s\n#define TWZ_RT_ABI_VERSION_MINOR %s\n#define TWZ_RT_ABI_VERSION_PATCH %s\n' \
		"$2" "$3" "$4" >"$1"
}
# expect OK|FAIL TREE_VERSION TOOLCHAIN_VERSION [TREE_COMMIT TOOLCHAIN_COMMIT]
expect() {
	local want=$1 tree=$2 have=$3 tcommit=${4:-c1} hcommit=${5:-c1}
	local d=$tmp/tc-$tree-$have-$hcommit
	fake_toolchain "$d" "$have" "$hcommit"
	IFS=. read -r a b c <<<"$tree"
	version_h "$tmp/version.h" "$a" "$b" "$c"
	out=$("$check" "$d" "$tmp/version.h" "$tcommit" 2>&1)
	rc=$?
	if [[ $want == OK && $rc -ne 0 ]]; then fail "tree $tree, toolchain $have: refused: $out"; fi
	if [[ $want == FAIL ]]; then
		[[ $rc -ne 0 ]] || fail "tree $tree, toolchain $have: accepted"
		[[ $out == *ABI* && $out == *"$tree"* && $out == *"$have"* && $out == *fix:* ]] ||
			fail "tree $tree, toolchain $have: message lacks ABI/versions/fix: $out"
	fi
	LAST_OUT=$out
}

expect OK 0.99.1 0.99.1
expect OK 0.99.1 0.99.0      # patch-only, older
expect OK 0.99.1 0.99.7      # patch-only, newer
expect FAIL 0.99.1 0.98.1    # older minor before 1.0
expect FAIL 0.99.1 0.100.0   # newer minor before 1.0
expect FAIL 0.99.1 1.99.1    # major differs
expect OK 1.2.0 1.3.0        # from 1.0: newer minor is fine
expect OK 1.2.5 1.2.0
expect FAIL 1.2.0 1.1.9      # from 1.0: older minor refused
expect FAIL 1.2.0 2.2.0
# Same version, other source commit: a warning, not an error.
expect OK 0.99.1 0.99.1 aaaa bbbb
[[ $LAST_OUT == *warning* && $LAST_OUT == *bbbb* ]] || fail "commit-only difference gave no warning: $LAST_OUT"
# Same version, same commit: silent.
expect OK 0.99.1 0.99.1 aaaa aaaa
[[ -z $LAST_OUT ]] || fail "a matching toolchain printed: $LAST_OUT"
# Not a toolchain at all.
out=$("$check" "$tmp/nowhere" "$src/include/twizzler/rt/version.h" 2>&1) && fail "a missing toolchain was accepted"
[[ $out == *ABI* && $out == *fix:* ]] || fail "missing toolchain message: $out"

# End to end: `make TOOLCHAIN=DIR run` with a mismatched installed toolchain stops before compiling.
real=$TWZ_TOOLCHAIN
bad=$tmp/old-toolchain
cp -r "$real" "$bad"
printf 'abi_version=0.98.0\nsource_commit=old\n' >"$bad/share/twzrt/abi-stamp"
out=$(make -s -C "$src" B="$tmp/b" TOOLCHAIN="$bad" run 2>&1)
rc=$?
[[ $rc -ne 0 ]] || fail "make with an old toolchain succeeded"
[[ $out == *"ABI mismatch"* && $out == *0.98.0* ]] || fail "make's message: $out"
[[ ! -e $tmp/b/examples ]] || fail "something was compiled with the mismatched toolchain"
# ...and an installed matching toolchain is accepted.
good=$tmp/prefix
make -s -C "$src" install PREFIX="$good" >/dev/null 2>&1 || fail "make install PREFIX=$good failed"
out=$(make -s -C "$src" B="$tmp/b2" TOOLCHAIN="$good" run 2>&1) || fail "make run with an installed toolchain: $out"

((fails == 0))
