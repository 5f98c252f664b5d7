#!/usr/bin/env bash
# Constructor/destructor order across libraries (prog -> libinita, libinitb; both -> libinitc ->
# libinitd): preinit first, each library's constructors after its dependencies', the program's last,
# then main; at exit (return from main or exit()) the destructors in exactly the reverse order. Inside
# libinitd: DT_INIT, then .init_array by priority; .fini_array, then DT_FINI.
source "$TWZ_SRC/tests/ld/lib/common.sh"

ld_lib initd "$LD_SRC/src/initfini_lib.c" -DNAME=D -DLEGACY -DDUMMY=dummy_d \
	-Wl,-init,legacy_init -Wl,-fini,legacy_fini
ld_lib initc "$LD_SRC/src/initfini_lib.c" -DNAME=C -DDUMMY=dummy_c -linitd
ld_lib inita "$LD_SRC/src/initfini_lib.c" -DNAME=A -DDUMMY=dummy_a -linitc
ld_lib initb "$LD_SRC/src/initfini_lib.c" -DNAME=B -DDUMMY=dummy_b -linitc
ld_prog initfini "$LD_SRC/src/initfini_prog.c" -linita -linitb

# line_of TEXT: the line number of TEXT in run.out (0 if absent).
line_of() {
	grep -nxF -- "$1" run.out | head -n 1 | cut -d: -f1 || true
}

# before A B: line A comes before line B.
before() {
	local a b
	a=$(line_of "$1") b=$(line_of "$2")
	if [[ -z $a || -z $b ]]; then
		fail "$mode: missing '$1' or '$2' in the output"
	elif ((a >= b)); then
		fail "$mode: '$1' (line $a) should come before '$2' (line $b)"
	fi
}

for mode in return exit; do
	if [[ $mode == exit ]]; then ld_run ./initfini exit; else ld_run ./initfini; fi
	[[ $RUN_RC == 0 ]] || fail "$mode: exit status $RUN_RC, want 0 (stderr: $RUN_ERR)"
	[[ -z $RUN_ERR ]] || fail "$mode: unexpected standard error: $RUN_ERR"
	[[ $(head -n 1 run.out) == "preinit prog" ]] || fail "$mode: the first line is not 'preinit prog'"
	[[ $(wc -l <run.out) == 16 ]] || fail "$mode: want 16 lines, got $(wc -l <run.out)"
	# Inside libinitd.
	before "init D" "ctor D1"
	before "ctor D1" "ctor D2"
	# Dependencies first.
	before "ctor D2" "ctor C"
	before "ctor C" "ctor A"
	before "ctor C" "ctor B"
	before "ctor A" "ctor prog"
	before "ctor B" "ctor prog"
	before "ctor prog" "main"
	before "main" "dtor prog"
	# Destructors: exactly the constructors' order reversed.
	ctors=$(sed -n '/^ctor \|^init /p' run.out | sed 's/^ctor /dtor /; s/^init /fini /' | tac)
	dtors=$(sed -n '/^dtor \|^fini /p' run.out)
	if [[ $ctors != "$dtors" ]]; then
		fail "$mode: destructors are not the reverse of the constructors; output was:"
		sed 's/^/    | /' run.out >&2
	fi
done
ld_finish
