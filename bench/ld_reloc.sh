#!/usr/bin/env bash
# Relocation rate: a generated library with 200k relocations (100k relative, 100k symbolic against 2000
# exported symbols, which need a lookup each), loaded by a program; the time over a program with a
# trivial library, as relocations per second, ours vs glibc's ld.so (eager binding for both).
set -euo pipefail
source "$TWZ_SRC/bench/lib/bench.sh"
source "$TWZ_SRC/bench/lib/ld_common.sh"
cd "$TWZ_TMP"
timer=$(host_tool spawn_timer)
nrel=100000 nsym=2000

python3 - "$nrel" "$nsym" >big.c <<'PY'
import sys
nrel, nsym = int(sys.argv[1]), int(sys.argv[2])
print("static int cells[%d];" % nsym)
for i in range(nsym):
    print("int v%d;" % i)
print("int *rel_tab[%d] = {" % nrel)
print(",".join("&cells[%d]" % (i % nsym) for i in range(nrel)))
print("};")
print("int *sym_tab[%d] = {" % nrel)
print(",".join("&v%d" % (i % nsym) for i in range(nrel)))
print("};")
print("int big_fn(void) { return *rel_tab[7] + *sym_tab[9]; }")
PY
echo 'int big_fn(void) { return 0; }' >small.c
cat >prog.c <<'C'
#ifdef LD_BENCH_HOST
#include <unistd.h>
#define OUT(s, n) write(1, s, n)
#else
#include <twizzler/rt/__all.h>
#define OUT(s, n) twz_rt_fd_pwrite(1, s, n, 0)
#endif
int big_fn(void);
int main(void) { OUT("hello\n", 6); return big_fn(); }
C
build() {
	local dir=$1 cc=$2 def=()
	[[ $cc == "$TWZ_CC" ]] || def=(-DLD_BENCH_HOST)
	mkdir -p "$dir/big" "$dir/small"
	$cc -O1 -shared -fPIC -Wl,-z,now -Wl,-soname,libbig.so -o "$dir/big/libbig.so" big.c
	$cc -O1 -shared -fPIC -Wl,-z,now -Wl,-soname,libbig.so -o "$dir/small/libbig.so" small.c
	$cc -O2 "${def[@]}" -Wl,-z,now -Wl,-rpath,'$ORIGIN/big' -o "$dir/pbig" prog.c -L"$dir/big" -lbig
	$cc -O2 "${def[@]}" -Wl,-z,now -Wl,-rpath,'$ORIGIN/small' -o "$dir/psmall" prog.c -L"$dir/small" -lbig
}
n=${BENCH_SPAWNS:-200}
rate() {
	local tb ts
	tb=$("$timer" "$n" "$1/pbig")
	ts=$("$timer" "$n" "$1/psmall")
	awk -v b="$tb" -v s="$ts" -v r="$((2 * nrel))" 'BEGIN { d = b - s; if (d <= 0) d = 0.001; printf "%.1f", r / d }'
}
build twz "$TWZ_CC"
build glibc gcc
relocs=$(readelf -rW twz/big/libbig.so | grep -c 'R_X86_64' || true)
echo "ld_reloc: libbig.so has $relocs relocations (rates: millions per second, higher is better)"
ours=$(rate twz)
bench_line ld.relocation_rate "$ours" Mrelocs/s glibc-dynamic "$(rate glibc)"
