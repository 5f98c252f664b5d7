#!/usr/bin/env bash
# Programs with 1, 5 and 50 libraries (generated here): every library is loaded once, its functions and
# data are reached from the program, and the image list names each of them.
source "$TWZ_SRC/tests/ld/lib/common.sh"

# gen N: libn<N>_<i>.so for i in 1..N, each with a function, initialised data and a zeroed array, and the
# program many<N> that uses all of them.
gen() {
	local n=$1 i
	{
		echo '#include "out.h"'
		for ((i = 1; i <= n; i++)); do
			echo "int n${n}_fn_$i(int); extern int n${n}_data_$i; extern int n${n}_zero_$i[64];"
		done
		echo 'int main(void) {'
		echo '	unsigned long sum = 0; int bad = 0;'
		for ((i = 1; i <= n; i++)); do
			echo "	sum += (unsigned long)n${n}_fn_$i($i) + (unsigned long)n${n}_data_$i;"
			echo "	for (int k = 0; k < 64; k++) bad += n${n}_zero_$i[k] != 0;"
			echo "	bad += out_count_images(\"/libn${n}_$i.so\") != 1;"
		done
		echo '	out_kv("sum", sum);'
		echo '	out_kv("bad", (unsigned long)bad);'
		echo '	return 0;'
		echo '}'
	} >"many$n.c"
	local libs=()
	for ((i = 1; i <= n; i++)); do
		cat >"libn${n}_$i.c" <<C
int n${n}_data_$i = $((i * 1000));
int n${n}_zero_$i[64];
int n${n}_fn_$i(int x) { return x * 3 + n${n}_zero_$i[0]; }
C
		ld_lib "n${n}_$i" "libn${n}_$i.c"
		libs+=("-ln${n}_$i")
	done
	ld_prog "many$n" "many$n.c" "${libs[@]}"
}

for n in 1 5 50; do
	gen "$n"
	want=0
	for ((i = 1; i <= n; i++)); do want=$((want + i * 3 + i * 1000)); done
	ld_expect "./many$n" <<OUT
sum $want
bad 0
OUT
done
ld_finish
