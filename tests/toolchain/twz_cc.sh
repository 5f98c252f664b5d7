#!/usr/bin/env bash
# twz-cc and the twz tool: the static minimal-runtime program links no libc, carries the ABI note, and
# the tools explain bad input with a cause and a fix.
set -u
tmp=$TWZ_TMP cc=$TWZ_CC twz=$TWZ_TOOLCHAIN/bin/twz
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
want_version=$("$TWZ_SRC/scripts/abi-version.sh" "$TWZ_SRC/include/twizzler/rt/version.h")

[[ $("$cc" --print-abi-version) == "$want_version" ]] || fail "twz-cc --print-abi-version"

"$cc" --runtime=minimal -static -O2 "$TWZ_SRC/examples/hello/hello.c" -o "$tmp/hello" || fail "build hello"
out=$("$tmp/hello" one two) || fail "hello exited $?"
[[ $out == *"hello from twzrt"* && $out == *"argument: two"* ]] || fail "hello printed: $out"

# A static ELF with no interpreter and no glibc inside.
readelf -l "$tmp/hello" | grep -q INTERP && fail "hello has an interpreter"
file_out=$(readelf -h "$tmp/hello")
[[ $file_out == *"EXEC (Executable file)"* ]] || fail "hello is not a static executable: $file_out"
if nm "$tmp/hello" | grep -E ' (T|W) (__libc_start_main|_IO_printf|__GI_|_dl_relocate_static_pie)' ; then
	fail "hello contains glibc symbols"
fi
strings "$tmp/hello" | grep -q 'GNU C Library' && fail "hello contains glibc"

# The ABI note.
out=$("$twz" abi "$tmp/hello") || fail "twz abi hello: $out"
[[ $out == *"twzrt ABI $want_version"* ]] || fail "twz abi printed: $out"

# Bad input: a cause and a fix, non-zero exit.
out=$("$twz" abi /etc/hostname 2>&1) && fail "twz abi accepted a text file"
[[ $out == *"not a 64-bit"* && $out == *fix:* ]] || fail "twz abi on a text file: $out"
out=$("$twz" abi /bin/true 2>&1) && fail "twz abi accepted a program without a note"
[[ $out == *"no twzrt ABI note"* && $out == *fix:* ]] || fail "twz abi on /bin/true: $out"
out=$("$twz" abi "$tmp/missing" 2>&1) && fail "twz abi accepted a missing file"
[[ $out == *fix:* ]] || fail "twz abi on a missing file: $out"
out=$("$twz" frobnicate 2>&1) && fail "twz accepted an unknown command"
[[ $out == *fix:* ]] || fail "twz unknown command: $out"
out=$("$cc" --runtime=bogus x.c 2>&1) && fail "twz-cc accepted --runtime=bogus"
[[ $out == *fix:* ]] || fail "twz-cc bad runtime: $out"
out=$("$cc" --runtime=minimal -shared x.c 2>&1) && fail "twz-cc accepted -shared with the minimal runtime"
[[ $out == *fix:* ]] || fail "twz-cc minimal -shared: $out"

# Build scripts written for glibc link unchanged: -lpthread -ldl -lrt -lm, under both runtimes.
printf '#include <pthread.h>\n#include <stdio.h>\nstatic void *f(void *a) { return a; }\nint main(void) { pthread_t t; pthread_create(&t, 0, f, 0); pthread_join(t, 0); puts("ok"); return 0; }\n' >"$tmp/pt.c"
for rt in "--runtime=minimal -static" ""; do
	# shellcheck disable=SC2086
	"$cc" $rt "$tmp/pt.c" -o "$tmp/pt" -lpthread -ldl -lrt -lm || fail "link with -lpthread -ldl -lrt -lm ($rt)"
	[[ $("$tmp/pt" 2>&1) == ok ]] || fail "pthread program ($rt)"
done

# A header the host libc has but the toolchain does not stays out of reach (no glibc headers leak in).
printf '#include <sys/mman.h>\nint main(void){return 0;}\n' >"$tmp/leak.c"
"$cc" -c "$tmp/leak.c" -o "$tmp/leak.o" 2>/dev/null && fail "twz-cc found glibc's <sys/mman.h>"

((fails == 0))
