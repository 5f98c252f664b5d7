#!/usr/bin/env bash
# Smoke test of the loader's refusals, each one line before main: a library built for another ABI (its
# note patched) or without a note exits 126 naming the file and the versions; TWZ_ALLOW_NO_ABI_NOTE=1
# loads the latter with a warning; a missing library or symbol exits 127 naming it and who needed it.
set -u
cd "$TWZ_TMP"
fail() { echo "FAIL: $*"; exit 1; }
[[ -f $TWZ_TOOLCHAIN/lib/twzrt/reference/libtwz_rt.so ]] || { echo "no reference runtime"; exit 77; }
ver=$("$TWZ_CC" --print-abi-version)

echo 'int lib_fn(void) { return 3; }' >lib.c
cat >prog.c <<'C'
int lib_fn(void);
int main(void) { return lib_fn() == 3 ? 0 : 1; }
C
"$TWZ_CC" -shared -O2 lib.c -o libx.so || fail "building libx.so"
"$TWZ_CC" -O2 prog.c -o prog -L. -lx -Wl,-rpath,'$ORIGIN' || fail "building prog"
./prog || fail "prog does not run with the good library"
cp libx.so good.so

# expect STATUS PATTERN: runs ./prog, wants that status and one line of standard error matching PATTERN.
expect() {
	local err rc
	err=$(./prog 2>&1 >/dev/null); rc=$?
	[[ $rc == "$1" ]] || fail "exit status $rc, want $1 (stderr: $err)"
	[[ $(wc -l <<<"$err") == 1 ]] || fail "want one line of stderr, got: $err"
	grep -Eq -- "$2" <<<"$err" || fail "stderr '$err' does not match '$2'"
}

# The note's major version (the word after "twzrt\0" and its padding) becomes 7.
python3 - good.so libx.so <<'PY' || fail "patching the note"
import struct, sys
d = bytearray(open(sys.argv[1], 'rb').read())
i = d.find(b'twzrt\0\0\0' )
assert i > 0
d[i + 8:i + 12] = struct.pack('<I', 7)
open(sys.argv[2], 'wb').write(d)
PY
expect 126 "libx.so: built for twzrt ABI 7\.[0-9]+\.[0-9]+, this runtime provides ${ver//./\\.}"

gcc -shared -fPIC -O2 -nostdlib lib.c -o libx.so || fail "building a library without the note"
expect 126 "libx.so: no twzrt ABI note"
out=$(TWZ_ALLOW_NO_ABI_NOTE=1 ./prog 2>&1); rc=$?
((rc == 0)) || fail "TWZ_ALLOW_NO_ABI_NOTE=1: exit $rc ($out)"
grep -q "warning: .*libx.so has no twzrt ABI note" <<<"$out" || fail "no warning: $out"

rm -f libx.so
expect 127 "libx.so: not found \(needed by .*/prog\)"

echo 'int other_fn(void) { return 3; }' >lib2.c
"$TWZ_CC" -shared -O2 lib2.c -o libx.so || fail "building the library without lib_fn"
expect 127 "symbol 'lib_fn' not found \(needed by .*/prog\)"
exit 0
