# Shared by bench/libc_*.sh (sourced after bench.sh): builds bench/libc_bench.c against our C library
# (twz-cc), glibc (gcc -static) and musl (musl-gcc -static), and prints each workload's lines against
# both baselines. Skips quietly when the toolchain has no C library.

libc_bench_build() {
	if [[ ! -e $TWZ_TOOLCHAIN/lib/twzrt/libc.a ]]; then
		echo "bench: libc benchmarks skipped (the toolchain has no C library; build with WITH_LIBC=1)"
		exit 0
	fi
	[[ -x libc_twz ]] || "$TWZ_CC" --runtime=minimal -static -O2 "$TWZ_SRC/bench/libc_bench.c" -o libc_twz
	[[ -x libc_glibc ]] || gcc -static -O2 "$TWZ_SRC/bench/libc_bench.c" -o libc_glibc -lpthread
	[[ -x libc_musl ]] || musl-gcc -static -O2 "$TWZ_SRC/bench/libc_bench.c" -o libc_musl
}

# libc_bench_run UNIT ARGS...: runs the three builds (twice each, best value kept; for UNIT MiB/s
# higher is better) and prints bench lines "libc.NAME" against glibc and musl.
libc_bench_run() {
	local unit=$1
	shift
	: >twz.txt
	: >glibc.txt
	: >musl.txt
	for _ in 1 2; do
		./libc_twz "$@" >>twz.txt
		./libc_glibc "$@" >>glibc.txt
		./libc_musl "$@" >>musl.txt
	done
	local cmp='<'
	[[ $unit == MiB/s ]] && cmp='>'
	best() { awk -v n="$1" "\$1 == n && (b == \"\" || \$2 $cmp b) { b = \$2 } END { print b }" "$2"; }
	for name in $(awk '{ print $1 }' twz.txt | awk '!seen[$0]++'); do
		local ours
		ours=$(best "$name" twz.txt)
		bench_line "libc.$name" "$ours" "$unit" glibc "$(best "$name" glibc.txt)"
		bench_line "libc.$name" "$ours" "$unit" musl "$(best "$name" musl.txt)"
	done
}
