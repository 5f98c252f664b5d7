# Shared helpers for bench/*.sh (sourced). Environment from `make bench`: TWZ_SRC, TWZ_BUILD, TWZ_CC,
# TWZ_TOOLCHAIN, TWZ_TMP.

# bench_line NAME VALUE UNIT BASELINE_NAME BASELINE_VALUE: prints the one line format of every benchmark,
# with ratio = ours / baseline (lower is better for times and counts).
bench_line() {
	local ratio
	ratio=$(awk -v a="$2" -v b="$5" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
	printf 'bench: %s %s %s (baseline %s %s, ratio %s)\n' "$1" "$2" "$3" "$4" "$5" "$ratio"
}

# host_tool NAME: builds bench/lib/NAME.c with the host compiler into $TWZ_TMP and prints its path.
host_tool() {
	local out=$TWZ_TMP/$1
	[[ -x $out ]] || gcc -O2 -o "$out" "$TWZ_SRC/bench/lib/$1.c" || return 1
	echo "$out"
}
