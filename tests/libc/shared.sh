#!/usr/bin/env bash
# Under the reference runtime a program and its libraries share one C library, libc.so: stdio buffers,
# FILEs, environment, errno, heap, pthread keys and the atexit list (shared/shared_prog.c checks each),
# with the order C promises at the end: atexit handlers, destructors (program, then library), then the
# final stdio flush (the library's destructor prints without a newline and still shows). Then the files
# themselves: programs and libraries need libc.so and libtwz_rt.so and carry no C library code; libc.so
# is a proper library (soname, eager binding, RELRO, no text relocations, ABI note, libm inside); a
# minimal-runtime program still links libc.a statically.
source "$TWZ_SRC/tests/ld/lib/common.sh"
src=$TWZ_SRC/tests/libc/shared
ld_cflags+=(-I"$TWZ_SRC/tests/libc" -I"$src")

ld_lib cshared "$src/shared_lib.c"
ld_prog shared "$src/shared_prog.c" -lcshared

export TWZ_SHARED_CTOR=1
want=$'lib ctor\nprog 1, lib 2, prog 3\nmain returns\nlib atexit\nprog atexit\nprog dtor\nlib dtor'
ld_expect ./shared <<<"$want"
ld_run ./shared exit
[[ $RUN_RC == 7 ]] || fail "shared exit: exit status $RUN_RC, want 7 (stderr: $RUN_ERR)"
want_exit=${want/main returns$'\n'/}
[[ $RUN_OUT == "$want_exit" ]] || fail "shared exit: output differs (- want, + got):" \
	"$(diff <(echo "$want_exit") run.out)"
unset TWZ_SHARED_CTOR

[[ $ld_host == 1 ]] && ld_finish # the rest is about our files

refdir=$TWZ_TOOLCHAIN/lib/twzrt/reference
libc_so=$refdir/libc.so
needed() { readelf -dW "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort | tr '\n' ' '; }
[[ $(needed shared) == *"libc.so "* && $(needed shared) == *"libtwz_rt.so "* ]] ||
	fail "the program needs '$(needed shared)', want libc.so and libtwz_rt.so"
[[ $(needed libcshared.so) == *"libc.so "* ]] || fail "the library needs '$(needed libcshared.so)', want libc.so"

# No C library code in the program or the library: none of their functions is one libc.so exports.
nm -D --defined-only "$libc_so" | awk '{ print $3 }' | sort -u >libc.syms
for f in shared libcshared.so; do
	dup=$(nm --defined-only "$f" | awk '$2 ~ /^[TtWi]$/ { print $3 }' | sort -u | comm -12 - libc.syms)
	[[ -z $dup ]] || fail "$f contains C library functions: $(tr '\n' ' ' <<<"$dup" | head -c 300)"
done

# libc.so itself.
dyn=$(readelf -dW "$libc_so")
[[ $dyn == *"Library soname: [libc.so]"* ]] || fail "libc.so: no soname libc.so"
[[ $(needed "$libc_so") == "libtwz_rt.so " ]] || fail "libc.so needs '$(needed "$libc_so")', want libtwz_rt.so"
[[ $dyn == *BIND_NOW* ]] || fail "libc.so is not bound eagerly"
[[ $dyn == *TEXTREL* ]] && fail "libc.so has text relocations"
readelf -lW "$libc_so" | grep -q GNU_RELRO || fail "libc.so has no RELRO segment"
"$TWZ_TOOLCHAIN/bin/twz" abi "$libc_so" >/dev/null || fail "libc.so has no ABI note"
for s in printf sqrt __retarget_lock_acquire_recursive __twz_libc_start __twz_libc_exit; do
	grep -qx "$s" libc.syms || fail "libc.so does not export $s"
done
for s in __libc_init_array __libc_fini_array _init _fini; do
	grep -qx "$s" libc.syms && fail "libc.so exports $s (per-image or linker-defined: must stay out)"
done

# -lm: libm is inside libc.so (the empty libm.a only satisfies -lm).
printf '#include <math.h>\n#include <stdio.h>\nint main(void){volatile double x = 2; printf("%%.3f\\n", sqrt(x)); return 0;}\n' >m.c
"$TWZ_CC" m.c -o m -lm || fail "building a program with -lm"
[[ $(needed m) == *libm* ]] && fail "the -lm program needs a libm: $(needed m)"
ld_expect ./m <<<"1.414"

# The minimal runtime: libc.a, statically.
"$TWZ_CC" --runtime=minimal -static m.c -o m-static -lm || fail "building a static program"
readelf -lW m-static | grep -q INTERP && fail "the static program has an interpreter"
nm m-static | grep -q ' T printf$' || fail "the static program does not contain printf"
ld_expect ./m-static <<<"1.414"
ld_finish
