# Shared by bench/ld_*.sh (sourced after bench.sh): stops with a note when the toolchain has no
# reference runtime, and builds the same source three ways: ours (twz-cc, dynamic), glibc (gcc, the
# system's ld.so) and musl (musl-gcc, dynamic; skipped when absent). Sources use LD_BENCH_HOST for the
# two baselines (POSIX write/clock_gettime instead of the runtime ABI).
if [[ ! -d $TWZ_TOOLCHAIN/lib/twzrt/reference ]]; then
	echo "bench: $(basename "$0" .sh) skipped: the toolchain has no reference runtime"
	exit 0
fi
have_musl=0
command -v musl-gcc >/dev/null && have_musl=1

# ld_build3 NAME SOURCE [args...]: NAME.twz, NAME.glibc and (with musl) NAME.musl; args are passed to all
# three (-L. -lX, -Wl,-rpath,...).
ld_build3() {
	local name=$1 src=$2
	shift 2
	"$TWZ_CC" -O2 -o "$name.twz" "$src" "$@"
	gcc -O2 -DLD_BENCH_HOST -o "$name.glibc" "$src" "$@"
	if ((have_musl)); then musl-gcc -O2 -DLD_BENCH_HOST -o "$name.musl" "$src" "$@"; fi
}
