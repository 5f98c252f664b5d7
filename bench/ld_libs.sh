#!/usr/bin/env bash
# Cost of each extra library: a program with 0 and with 50 trivial libraries (spawn to exit, median);
# (t50 - t0) / 50 in microseconds per library, ours vs glibc's ld.so (and musl's).
set -euo pipefail
source "$TWZ_SRC/bench/lib/bench.sh"
source "$TWZ_SRC/bench/lib/ld_common.sh"
cd "$TWZ_TMP"
timer=$(host_tool spawn_timer)
nlibs=50

# Each flavour gets its own folder of libraries (ours must be built by twz-cc, the others by gcc).
build_flavour() {
	local dir=$1 cc=$2 i libs=()
	mkdir -p "$dir"
	for ((i = 0; i < nlibs; i++)); do
		echo "int lib_fn_$i(int x) { return x + $i; } int lib_data_$i = $i;" >"$dir/l$i.c"
		$cc -O2 -shared -fPIC -Wl,-soname,libl$i.so -o "$dir/libl$i.so" "$dir/l$i.c"
		libs+=("-ll$i")
	done
	{
		echo '#ifdef LD_BENCH_HOST'
		echo '#include <unistd.h>'
		echo '#define OUT(s, n) write(1, s, n)'
		echo '#else'
		echo '#include <twizzler/rt/__all.h>'
		echo '#define OUT(s, n) twz_rt_fd_pwrite(1, s, n, 0)'
		echo '#endif'
		echo '#ifdef WITH_LIBS'
		for ((i = 0; i < nlibs; i++)); do echo "int lib_fn_$i(int);"; done
		echo '#endif'
		echo 'int main(void) {'
		echo '	int s = 0;'
		echo '#ifdef WITH_LIBS'
		for ((i = 0; i < nlibs; i++)); do echo "	s += lib_fn_$i(1);"; done
		echo '#endif'
		echo '	OUT("hello\n", 6);'
		echo '	return s == 12345;'
		echo '}'
	} >"$dir/prog.c"
	local def=()
	[[ $cc == "$TWZ_CC" ]] || def=(-DLD_BENCH_HOST)
	$cc -O2 "${def[@]}" -o "$dir/p0" "$dir/prog.c"
	$cc -O2 "${def[@]}" -DWITH_LIBS -Wl,-rpath,'$ORIGIN' -o "$dir/p50" "$dir/prog.c" -L"$dir" "${libs[@]}"
}

n=${BENCH_SPAWNS:-1000}
per_lib() {
	local t0 t50
	t0=$("$timer" "$n" "$1/p0")
	t50=$("$timer" "$n" "$1/p50")
	awk -v a="$t0" -v b="$t50" -v k="$nlibs" 'BEGIN { printf "%.2f", (b - a) / k }'
}
build_flavour twz "$TWZ_CC"
build_flavour glibc gcc
ours=$(per_lib twz)
bench_line ld.cost_per_library "$ours" us glibc-dynamic "$(per_lib glibc)"
if ((have_musl)); then
	build_flavour musl musl-gcc
	bench_line ld.cost_per_library "$ours" us musl-dynamic "$(per_lib musl)"
fi
