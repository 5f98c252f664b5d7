#!/usr/bin/env bash
# A missing library or symbol stops the program before any constructor or main runs: exit status 127
# and exactly one line on standard error naming what is missing and who needed it.
source "$TWZ_SRC/tests/ld/lib/common.sh"

# expect_127 PROG WHAT NEEDER [ours]: runs PROG and checks the status, the silence of stdout and the one
# line ("ours": glibc does not name this needer, so TWZ_LD_HOST=1 skips that part).
expect_127() {
	ld_run "./$1"
	[[ $RUN_RC == 127 ]] || fail "$1: exit status $RUN_RC, want 127"
	[[ -z $RUN_OUT ]] || fail "$1: code ran before the error was reported: $RUN_OUT"
	local lines
	lines=$(grep -c '' run.err)
	[[ $lines == 1 ]] || fail "$1: want one line on stderr, got $lines: $RUN_ERR"
	[[ $RUN_ERR == *"$2"* ]] || fail "$1: the error does not name '$2': $RUN_ERR"
	[[ ${4:-} == ours && $ld_host == 1 ]] || [[ $RUN_ERR == *"$3"* ]] || fail "$1: the error does not name who needed it ('$3'): $RUN_ERR"
}

cat >ctor.c <<'C'
#include "out.h"
__attribute__((constructor)) static void ctor(void) { out_line("constructor ran"); }
int ctor_lib_here;
C
cat >main.c <<'C'
#include "out.h"
extern int ctor_lib_here;
int USE(void);
int main(void) { out_line("main ran"); return USE() + ctor_lib_here; }
C
ld_lib ctor ctor.c

# 1. The program's own DT_NEEDED is missing.
echo 'int gone_fn(void) { return 0; }' >gone.c
ld_lib gone gone.c
ld_prog missing_lib main.c -DUSE=gone_fn -lctor -lgone
rm libgone.so
expect_127 missing_lib libgone.so missing_lib

# 2. A library's DT_NEEDED is missing.
echo 'int gone2_fn(void) { return 0; }' >gone2.c
echo 'int gone2_fn(void); int mid_fn(void) { return gone2_fn(); }' >mid.c
ld_lib gone2 gone2.c
ld_lib mid mid.c -lgone2
ld_prog missing_dep main.c -DUSE=mid_fn -lctor -lmid
rm libgone2.so
expect_127 missing_dep libgone2.so libmid.so ours

# 3. A symbol the program needs is missing (the library was rebuilt without it).
echo 'int sym_gone(void) { return 0; } int sym_kept;' >prov.c
ld_lib prov prov.c
ld_prog missing_sym main.c -DUSE=sym_gone -lctor -lprov
echo 'int sym_kept;' >prov.c
ld_lib prov prov.c
expect_127 missing_sym sym_gone missing_sym

# 4. A symbol a library needs is missing.
echo 'int lib_sym_gone(void) { return 0; }' >prov2.c
echo 'int lib_sym_gone(void); int user_fn(void) { return lib_sym_gone(); }' >user.c
ld_lib prov2 prov2.c
ld_lib user user.c -lprov2
ld_prog missing_libsym main.c -DUSE=user_fn -lctor -luser
echo 'int unrelated;' >prov2.c
ld_lib prov2 prov2.c
expect_127 missing_libsym lib_sym_gone libuser.so
ld_finish
