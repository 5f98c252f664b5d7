#!/usr/bin/env bash
# RELR: a library and a program linked with -z pack-relative-relocs (DT_RELR), holding dense and sparse
# tables of pointers into their own data (so both address entries and bitmap entries occur), plus a
# relocation that stays RELA (a pointer to another library's symbol).
source "$TWZ_SRC/tests/ld/lib/common.sh"

# The linker must support packing (binutils >= 2.38).
echo 'static int x[4]; int *p[4] = {&x[0], &x[1], &x[2], &x[3]};' >probe.c
"${LD_CC[@]}" -shared -fPIC -Wl,-z,pack-relative-relocs probe.c -o libprobe.so 2>/dev/null ||
	skip "the linker does not support -z pack-relative-relocs"
readelf -d libprobe.so | grep -q '(RELR)' || skip "the linker accepted -z pack-relative-relocs but wrote no DT_RELR"

# gen NAME PREFIX: NAME.c with tables of PREFIX_cells pointers and PREFIX_check() counting wrong ones.
gen() {
	local n=3000 i
	{
		echo "#define N $n"
		echo "static int ${2}_cells[N];"
		echo "int *${2}_dense[N] = {"
		for ((i = 0; i < n; i++)); do echo "&${2}_cells[$i],"; done
		echo "};"
		echo "int *${2}_sparse[N * 4] = {"
		for ((i = 0; i < n * 4; i += 97)); do echo "[$i] = &${2}_cells[$((i / 4))],"; done
		echo "};"
		echo "static int *const ${2}_rel_ro[] = {&${2}_cells[0], &${2}_cells[N - 1]};"
		echo "extern int other_var;"
		echo "int *${2}_other = &other_var;"
		echo "int ${2}_check(void) {"
		echo "	int bad = 0;"
		echo "	for (int i = 0; i < N; i++) bad += ${2}_dense[i] != &${2}_cells[i];"
		echo "	for (int i = 0; i < N * 4; i++)"
		echo "		bad += (i % 97 == 0) ? ${2}_sparse[i] != &${2}_cells[i / 4] : ${2}_sparse[i] != 0;"
		echo "	bad += ${2}_rel_ro[1] != &${2}_cells[N - 1];"
		echo "	bad += ${2}_other != &other_var || *${2}_other != 99;"
		echo "	return bad;"
		echo "}"
	} >"$1.c"
}

echo 'int other_var = 99;' >other.c
ld_lib relrother other.c
gen librelr lib
ld_lib relr librelr.c -Wl,-z,pack-relative-relocs -lrelrother
gen prog prog
cat >>prog.c <<'C'
#include "out.h"
int lib_check(void);
int main(void)
{
	out_kv("library mismatches", (unsigned)lib_check());
	out_kv("program mismatches", (unsigned)prog_check());
	return 0;
}
C
ld_prog relr prog.c -Wl,-z,pack-relative-relocs -lrelr -lrelrother
readelf -d librelr.so | grep -q '(RELR)' || fail "librelr.so has no DT_RELR"
readelf -d relr | grep -q '(RELR)' || fail "the program has no DT_RELR"

ld_expect ./relr <<'OUT'
library mismatches 0
program mismatches 0
OUT
ld_finish
