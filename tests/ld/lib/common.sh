# Shared setup for tests/ld/*.sh (sourced): the compiler, helpers that build test libraries and programs
# in $TWZ_TMP, run them with a timeout and compare what they print.
#
# Programs and libraries are built with the reference runtime: plain `$TWZ_CC x.c -o x` makes a PIE whose
# interpreter is our loader, `$TWZ_CC -shared` a library. Until the toolchain has the reference runtime
# every test skips (exit 77).
#
# TWZ_LD_HOST=1 builds the same sources with the host gcc and glibc (tests/ld/lib/out.h maps the calls),
# which checks a test's expectations against the system's loader; checks that are ours alone (the exact
# wording of an error) are skipped there through ld_host.
set -u
LD_SRC=$TWZ_SRC/tests/ld
ld_host=${TWZ_LD_HOST:-0}
ld_failures=0
TWZ_TMP=${TWZ_TMP:-$(mktemp -d)}
cd "$TWZ_TMP" || exit 1

ld_cflags=(-O1 -g -Wall -Wextra -Werror -I"$LD_SRC/lib" -I"$LD_SRC/src")
if [[ $ld_host == 1 ]]; then
	LD_CC=(gcc -DTWZ_LD_HOST -D_GNU_SOURCE -pthread -Wl,-z,now -Wl,--no-as-needed)
	LD_LIBDIR=""
else
	if [[ ! -d ${TWZ_TOOLCHAIN:-/nonexistent}/lib/twzrt/reference ]]; then
		echo "skip: the toolchain ($TWZ_TOOLCHAIN) has no reference runtime yet (lib/twzrt/reference)"
		exit 77
	fi
	LD_CC=("$TWZ_CC" -Wl,--no-as-needed)
	LD_LIBDIR=$TWZ_TOOLCHAIN/lib/twzrt/reference
	# <dlfcn.h>: the toolchain's, or the tree's copy while the toolchain does not install one.
	if [[ ! -e $TWZ_TOOLCHAIN/include/dlfcn.h ]]; then
		mkdir -p "$TWZ_TMP/inc"
		cp "$TWZ_SRC/include/compat/dlfcn.h" "$TWZ_TMP/inc/dlfcn.h"
		ld_cflags+=(-I"$TWZ_TMP/inc")
	fi
fi

# Seconds a test program may run before it counts as hung.
LD_TIMEOUT=${LD_TIMEOUT:-20}

# fail MESSAGE...: records a failed check (the test goes on).
fail() {
	echo "FAIL: $*" >&2
	ld_failures=$((ld_failures + 1))
}

# die MESSAGE...: a setup step failed; the test stops as failed.
die() {
	echo "FAIL (setup): $*" >&2
	exit 1
}

# skip MESSAGE...: the test cannot run here.
skip() {
	echo "skip: $*"
	exit 77
}

# ld_finish: the test's exit status.
ld_finish() {
	if ((ld_failures)); then
		echo "$ld_failures check(s) failed" >&2
		exit 1
	fi
	exit 0
}

# ld_lib NAME SOURCE [cc args...]: builds libNAME.so (soname libNAME.so, runpath $ORIGIN, linked against
# libraries in the current folder with -lX).
ld_lib() {
	local name=$1 src=$2
	shift 2
	"${LD_CC[@]}" "${ld_cflags[@]}" -shared -fPIC -Wl,-soname,"lib$name.so" -Wl,-rpath,'$ORIGIN' -Wl,-rpath-link,. \
		-o "lib$name.so" "$src" -L. "$@" || die "building lib$name.so from $src"
}

# ld_prog NAME SOURCE [cc args...]: builds the program NAME (runpath $ORIGIN; -lX finds libraries here).
ld_prog() {
	local name=$1 src=$2
	shift 2
	"${LD_CC[@]}" "${ld_cflags[@]}" -Wl,-rpath,'$ORIGIN' -Wl,-rpath-link,. -o "$name" "$src" -L. "$@" ||
		die "building $name from $src"
}

# ld_run PROG [ARGS...]: runs PROG with a timeout; sets RUN_OUT, RUN_ERR (texts, also in $TWZ_TMP/run.out
# and run.err) and RUN_RC. LD_RUN_LABEL, when set, names the run in failure messages. A signal
# (status > 128) or the timeout is recorded as a failure at once.
ld_run() {
	# (Standard error dropped around it: bash's own "Bus error ..." notice is noise here.)
	{ timeout -k 2 "$LD_TIMEOUT" "$@" >"$TWZ_TMP/run.out" 2>"$TWZ_TMP/run.err" </dev/null; } 2>/dev/null
	RUN_RC=$?
	local what=${LD_RUN_LABEL:-$*}
	RUN_OUT=$(cat "$TWZ_TMP/run.out")
	RUN_ERR=$(cat "$TWZ_TMP/run.err")
	case $RUN_RC in
	124 | 137) fail "$what: hung (killed after ${LD_TIMEOUT}s)" ;;
	12[89] | 1[3-9][0-9] | 2[0-9][0-9])
		fail "$what: killed by signal $((RUN_RC - 128))"
		;;
	esac
	return 0
}

# ld_expect PROG [ARGS...] <<< EXPECTED: runs PROG and checks exit status 0, empty standard error and
# standard output equal to EXPECTED (the here-document's text).
ld_expect() {
	local want
	want=$(cat)
	ld_run "$@"
	if [[ $RUN_RC != 0 ]]; then
		fail "$*: exit status $RUN_RC, want 0"
	fi
	if [[ -n $RUN_ERR ]]; then
		fail "$*: unexpected standard error:"
		sed 's/^/    | /' "$TWZ_TMP/run.err" >&2
	fi
	if [[ $RUN_OUT != "$want" ]]; then
		fail "$*: output differs (- want, + got):"
		diff <(echo "$want") "$TWZ_TMP/run.out" | sed 's/^/    | /' >&2
	fi
}
