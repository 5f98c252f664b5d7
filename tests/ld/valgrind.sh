#!/usr/bin/env bash
# Both runtimes under valgrind (memcheck and callgrind): valgrind's address space cannot hold the default
# 1 TiB slot arena, so the arena must shrink to what it can reserve. A static (minimal) hello, a dynamic
# (reference) hello and a dynamic program with a library each print what they print natively, exit with
# their own status, and memcheck reports no error. Skips without valgrind.
source "$TWZ_SRC/tests/ld/lib/common.sh"
[[ $ld_host == 1 ]] && skip "valgrind test: ours only"
command -v valgrind >/dev/null || skip "valgrind is not installed"

cat >hello.c <<'C'
#include "out.h"
int main(void) { out_s("hello\n"); return 0; }
C
cat >vglib.c <<'C'
int vg_data = 40;
__thread int vg_tls = 2;
int vg_fn(int x) { return x + vg_data + vg_tls; }
C
cat >vgprog.c <<'C'
#include "out.h"
int vg_fn(int);
int main(void) { out_kv("value", (unsigned long)vg_fn(0)); return 3; }
C
"$TWZ_CC" --runtime=minimal -static "${ld_cflags[@]}" -o hello.min hello.c || die "building hello.min"
ld_prog hello.dyn hello.c
ld_lib vg vglib.c
ld_prog vgprog vgprog.c -lvg

# vg_expect STATUS EXPECTED TOOL PROG: PROG under valgrind's TOOL exits with STATUS and prints EXPECTED.
vg_expect() {
	local status=$1 want=$2 tool=$3 prog=$4
	local args=(--tool="$tool")
	[[ $tool == memcheck ]] && args+=(--error-exitcode=99)
	[[ $tool == callgrind ]] && args+=(--callgrind-out-file=/dev/null)
	LD_RUN_LABEL="valgrind --tool=$tool ./$prog" ld_run valgrind -q "${args[@]}" "./$prog"
	if [[ $RUN_RC != "$status" ]]; then
		fail "valgrind --tool=$tool ./$prog: exit status $RUN_RC, want $status"
		sed 's/^/    | /' "$TWZ_TMP/run.err" >&2
	elif [[ $RUN_OUT != "$want" ]]; then
		fail "valgrind --tool=$tool ./$prog: output '$RUN_OUT', want '$want'"
		sed 's/^/    | /' "$TWZ_TMP/run.err" >&2
	fi
}

LD_TIMEOUT=60
for tool in memcheck callgrind; do
	vg_expect 0 hello "$tool" hello.min
	vg_expect 0 hello "$tool" hello.dyn
	vg_expect 3 "value 42" "$tool" vgprog
done
ld_finish
