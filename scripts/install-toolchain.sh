#!/usr/bin/env bash
# Installs the toolchain into DEST: the one recipe behind `make install` and the tree's own toolchain.
# Usage: install-toolchain.sh DEST BUILD_DIR ABI_VERSION SOURCE_COMMIT
set -euo pipefail
dest=${1:?} b=${2:?} ver=${3:?} commit=${4:?}
src=$(cd "$(dirname "$0")/.." && pwd)

install -d "$dest/bin" "$dest/include" "$dest/lib/twzrt/minimal" "$dest/lib/pkgconfig" "$dest/share/twzrt"
install -m 0755 "$src/tools/twz-cc/twz-cc" "$dest/bin/twz-cc"
install -m 0755 "$b/bin/twz" "$dest/bin/twz"
# Headers: the ABI (twizzler/), twzrt extensions (twzrt/), and at the include root either the C library's
# own (src/libc/include: replacements and additions, which may #include_next newlib's, installed in
# include/newlib/ and searched after include/) when the build has one, or else compat/ (poll.h,
# sys/select.h: what the ABI headers need without a C library).
(cd "$src/include" && find twizzler twzrt -name '*.h' -print0 | xargs -0 -I{} install -D -m 0644 {} "$dest/include/{}")
if [[ -f $b/lib/libc.a ]]; then
	rm -rf "$dest/include/newlib"
	(cd "$b/newlib/install/x86_64-elf/include" && find . -name '*.h' -print0 |
		xargs -0 -I{} install -D -m 0644 {} "$dest/include/newlib/{}")
	# newlib's <stdatomic.h> (FreeBSD's) misdetects gcc and does not compile: gcc's own is used instead.
	rm -f "$dest/include/newlib/stdatomic.h"
	(cd "$src/src/libc/include" && find . -name '*.h' -print0 | xargs -0 -I{} install -D -m 0644 {} "$dest/include/{}")
	install -m 0644 "$b/lib/libc.a" "$b/lib/libm.a" "$dest/lib/twzrt/"
else
	(cd "$src/include/compat" && find . -name '*.h' -print0 | xargs -0 -I{} install -D -m 0644 {} "$dest/include/{}")
	rm -f "$dest/lib/twzrt/libc.a" "$dest/lib/twzrt/libm.a"
fi
# <dlfcn.h> always: the runtimes implement dl* (the minimal runtime as honest failures), not the C library.
install -m 0644 "$src/include/compat/dlfcn.h" "$dest/include/dlfcn.h"
install -m 0644 "$b/lib/abi-note.o" "$dest/lib/twzrt/abi-note.o"
install -m 0644 "$b/lib/minimal/libtwz_rt.a" "$b/lib/minimal/crt1.o" "$dest/lib/twzrt/minimal/"
# The reference runtime (lib/twzrt/reference/: libtwz_rt.so, the loader and runtime of dynamic programs,
# and start.o), when the build has it; its presence makes it twz-cc's default runtime. With the C
# library: libc.so (libm inside) and an empty libm.a.
if [[ -f $b/lib/reference/libtwz_rt.so ]]; then
	install -d "$dest/lib/twzrt/reference"
	install -m 0755 "$b/lib/reference/libtwz_rt.so" "$dest/lib/twzrt/reference/libtwz_rt.so"
	install -m 0644 "$b/lib/reference/start.o" "$dest/lib/twzrt/reference/start.o"
	if [[ -f $b/lib/libc.a && -f $b/lib/reference/libc.so ]]; then
		install -m 0755 "$b/lib/reference/libc.so" "$dest/lib/twzrt/reference/libc.so"
		install -m 0644 "$b/lib/reference/libm.a" "$dest/lib/twzrt/reference/libm.a"
	else
		rm -f "$dest/lib/twzrt/reference/libc.so" "$dest/lib/twzrt/reference/libm.a"
	fi
else
	rm -rf "$dest/lib/twzrt/reference"
fi
# pthreads, dl* and clock functions live in the C library and the runtime: -lpthread, -ldl and -lrt find
# empty archives, as with musl, so build scripts written for glibc link unchanged.
for d in "$dest/lib/twzrt" "$dest/lib/twzrt/reference"; do
	[[ -d $d ]] || continue
	for l in pthread dl rt; do printf '!<arch>\n' >"$d/lib$l.a"; done
done
cat >"$dest/lib/pkgconfig/twzrt.pc" <<PC
prefix=$dest
includedir=\${prefix}/include
libdir=\${prefix}/lib/twzrt

Name: twzrt
Description: Twizzler runtime (ABI $ver) on Linux; build programs with \${prefix}/bin/twz-cc
Version: $ver
Cflags: -nostdinc -isystem \${includedir}$([[ -f $b/lib/libc.a ]] && echo ' -isystem ${includedir}/newlib')
Libs: \${libdir}/minimal/crt1.o \${libdir}/abi-note.o -L\${libdir}/minimal -ltwz_rt
PC
printf 'abi_version=%s\nsource_commit=%s\n' "$ver" "$commit" >"$dest/share/twzrt/abi-stamp"
