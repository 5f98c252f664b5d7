#!/usr/bin/env bash
# gdb and the r_debug/link_map protocol: a breakpoint set by name in a library not yet loaded is hit,
# `info sharedlibrary` lists every library (DT_NEEDED ones, a dlopen'ed one, the runtime), and the
# backtrace symbolises frames in two libraries and the program.
source "$TWZ_SRC/tests/ld/lib/common.sh"
command -v gdb >/dev/null || skip "gdb is not installed (scripts/deps.sh test installs it)"

ld_lib gdby "$LD_SRC/src/gdb_liby.c" -O0
ld_lib gdbx "$LD_SRC/src/gdb_lib.c" -O0 -lgdby
sed 's/gdbx_fn/gdbz_fn/; s/gdby_fn(x + 1) \* 2/x + 1/; s/^int gdby_fn(int);//' "$LD_SRC/src/gdb_lib.c" >gdbz.c
ld_lib gdbz gdbz.c
ld_prog gdbprog "$LD_SRC/src/gdb_prog.c" -O0 -lgdbx
ld_expect ./gdbprog <<<"result 12"

timeout -k 2 60 gdb -nx -batch -ex 'set breakpoint pending on' -ex 'set debuginfod enabled off' \
	-ex 'break gdby_fn' -ex run -ex 'info sharedlibrary' -ex bt -ex continue ./gdbprog \
	>gdb.out 2>&1 </dev/null
rc=$?
[[ $rc == 0 ]] || fail "gdb exited with status $rc"
libs=$(sed -n '/^From  *To/,/^#0/p' gdb.out)
for lib in libgdbx.so libgdby.so libgdbz.so; do
	grep -q "$TWZ_TMP/$lib\$" <<<"$libs" || fail "info sharedlibrary does not list $TWZ_TMP/$lib"
done
if [[ $ld_host != 1 ]]; then
	grep -q 'libtwz_rt.so$' <<<"$libs" || fail "info sharedlibrary does not list the runtime (libtwz_rt.so)"
fi
grep -q 'Yes.*libgdby.so$' <<<"$libs" || fail "gdb did not read libgdby.so's symbols"
grep -Eq '^#0 .*gdby_fn \(x=2\) at .*gdb_liby.c:[0-9]+' gdb.out || fail "frame #0 is not gdby_fn in gdb_liby.c"
grep -Eq '^#1 .*gdbx_fn \(x=1\) at .*gdb_lib.c:[0-9]+' gdb.out || fail "frame #1 is not gdbx_fn in gdb_lib.c"
grep -Eq '^#2 .*main \(\) at .*gdb_prog.c:[0-9]+' gdb.out || fail "frame #2 is not main in gdb_prog.c"
grep -q 'result 12' gdb.out || fail "the program did not finish under gdb"
grep -q 'exited normally' gdb.out || fail "gdb did not see a normal exit"
if ((ld_failures)); then
	echo "gdb output:" >&2
	sed 's/^/    | /' gdb.out >&2
fi
ld_finish
