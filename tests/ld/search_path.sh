#!/usr/bin/env bash
# Where libraries are found: the program's runpath with $ORIGIN (and ${ORIGIN}), a library's own
# runpath for its dependencies, TWZ_LIBRARY_PATH for what no runpath covers, and the runpath before
# TWZ_LIBRARY_PATH (the issue's order; glibc puts LD_LIBRARY_PATH first).
source "$TWZ_SRC/tests/ld/lib/common.sh"
if [[ $ld_host == 1 ]]; then libpath_var=LD_LIBRARY_PATH; else libpath_var=TWZ_LIBRARY_PATH; fi

mkdir -p app/bin app/lib/deep envdir shadow
# app/lib/libdeep-user.so needs app/lib/deep/libdeep.so through its own runpath $ORIGIN/deep.
echo 'const char *deep_fn(void) { return "deep"; }' >deep.c
echo 'const char *deep_fn(void); const char *user_fn(void) { return deep_fn(); }' >user.c
echo 'const char *env_fn(void) { return "env"; }' >env.c
echo 'const char *which_fn(void) { return "WHERE"; }' >which.c
"${LD_CC[@]}" "${ld_cflags[@]}" -shared -fPIC -Wl,-soname,libdeep.so -o app/lib/deep/libdeep.so deep.c ||
	die "libdeep"
"${LD_CC[@]}" "${ld_cflags[@]}" -shared -fPIC -Wl,-soname,libuser.so -Wl,-rpath,'$ORIGIN/deep' \
	-o app/lib/libuser.so user.c -Lapp/lib/deep -ldeep || die "libuser"
"${LD_CC[@]}" "${ld_cflags[@]}" -shared -fPIC -Wl,-soname,libenv.so -o envdir/libenv.so env.c || die "libenv"
sed 's/WHERE/runpath/' which.c >which_r.c
sed 's/WHERE/env/' which.c >which_e.c
"${LD_CC[@]}" "${ld_cflags[@]}" -shared -fPIC -Wl,-soname,libwhich.so -o app/lib/libwhich.so which_r.c ||
	die "libwhich"
"${LD_CC[@]}" "${ld_cflags[@]}" -shared -fPIC -Wl,-soname,libwhich.so -o envdir/libwhich.so which_e.c ||
	die "libwhich (env)"
cat >prog.c <<'C'
#include "out.h"
const char *user_fn(void);
const char *env_fn(void);
const char *which_fn(void);
int main(void)
{
	out_line(user_fn());
	out_line(env_fn());
	out_line(which_fn());
	return 0;
}
C
"${LD_CC[@]}" "${ld_cflags[@]}" -Wl,-rpath,'${ORIGIN}/../lib' -Wl,-rpath-link,app/lib/deep -o app/bin/prog \
	prog.c -Lapp/lib -Lenvdir -luser -lenv -lwhich || die "prog"

# Without the environment variable libenv.so is not found.
ld_run app/bin/prog
[[ $RUN_RC == 127 && $RUN_ERR == *libenv.so* ]] ||
	fail "without $libpath_var: want exit 127 naming libenv.so, got $RUN_RC: $RUN_ERR"

export "$libpath_var=$TWZ_TMP/shadow:$TWZ_TMP/envdir"
if [[ $ld_host == 1 ]]; then want_which=env; else want_which=runpath; fi
ld_expect app/bin/prog <<OUT
deep
env
$want_which
OUT
# From another working directory, through a symbolic link: $ORIGIN is the program's real folder.
mkdir -p elsewhere && ln -sf "$TWZ_TMP/app/bin/prog" elsewhere/link
cd /
ld_expect "$TWZ_TMP/elsewhere/link" <<OUT
deep
env
$want_which
OUT
ld_finish
