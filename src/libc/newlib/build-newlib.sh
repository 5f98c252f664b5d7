#!/usr/bin/env bash
# Builds newlib (Debian's newlib-source, unmodified apart from the sys/config.h block below) for twzrt:
# x86-64, freestanding, no OS syscalls of its own (src/libc/sysdeps supplies them over the runtime ABI).
#
# Usage: build-newlib.sh TARBALL OUTDIR HOST_CC
# Result: OUTDIR/install/x86_64-elf/{include,lib/libc.a,lib/libm.a}. Everything else under OUTDIR is
# scratch (src/ unpacked tree, bin/ fake cross tools, build/ objects, log).
set -euo pipefail
tarball=${1:?} out=${2:?} host_cc=${3:-gcc}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "$out" && cd "$out" && pwd)
rm -rf "$out/src" "$out/build" "$out/install" "$out/bin"
mkdir -p "$out/src" "$out/build" "$out/bin"

# 1. Unpack (the Debian tarball unpacks into newlib-salsa/).
tar -xJf "$tarball" -C "$out/src"
top=$(find "$out/src" -mindepth 1 -maxdepth 1 -type d | head -1)
[[ -f $top/newlib/libc/include/sys/config.h ]] || { echo "build-newlib: unexpected tarball layout" >&2; exit 1; }

# 2. The sys/config.h block (see config-twzrt.h): inserted before the read/write return type default.
cfg=$top/newlib/libc/include/sys/config.h
anchor='#ifndef _READ_WRITE_RETURN_TYPE'
[[ $(grep -c "^$anchor\$" "$cfg") == 1 ]] || { echo "build-newlib: sys/config.h anchor not found" >&2; exit 1; }
awk -v block="$here/config-twzrt.h" -v anchor="$anchor" '
	$0 == anchor { while ((getline l < block) > 0) print l; print "" }
	{ print }' "$cfg" >"$cfg.new"
mv "$cfg.new" "$cfg"

# 3. A fake x86_64-elf cross toolchain: the host compiler without any libc headers (newlib's own win;
#    gcc's freestanding ones come last) and the host binutils.
gccinc=$("$host_cc" -print-file-name=include)
printf '#!/bin/sh\nexec %s -nostdinc -idirafter %s "$@"\n' "$host_cc" "$gccinc" >"$out/bin/x86_64-elf-gcc"
chmod +x "$out/bin/x86_64-elf-gcc"
for t in ar as ld nm ranlib objdump readelf strip; do
	ln -sf "$(command -v "$t")" "$out/bin/x86_64-elf-$t"
done
export PATH=$out/bin:$PATH

# 4. Configure and build libc and libm only. -fPIC: the same objects later make libc.so. _POSIX_MODE: libm
#    sets errno on domain and range errors, as its math_errhandling (MATH_ERRNO) promises. HAVE_FCNTL:
#    stdio asks fcntl/isatty, so stdout is line-buffered only on a terminal (else fully buffered).
#    HAVE_BLKSIZE: stdio buffers are st_blksize bytes (src/libc/sysdeps/stat.c), not BUFSIZ (1 KiB).
#    HAVE_MKDIR: mkdtemp makes its directory (without it, newlib fails it with ENOSYS).
tools=()
for t in gcc:CC ar:AR as:AS ld:LD nm:NM ranlib:RANLIB objdump:OBJDUMP readelf:READELF strip:STRIP; do
	tools+=("${t#*:}_FOR_TARGET=x86_64-elf-${t%%:*}")
done
cd "$out/build"
"$top/configure" --target=x86_64-elf --prefix="$out/install" --disable-multilib \
	--disable-newlib-supplied-syscalls --enable-newlib-retargetable-locking \
	--enable-newlib-io-long-long --enable-newlib-io-c99-formats --disable-nls \
	"${tools[@]}" \
	CFLAGS_FOR_TARGET="-O2 -g -fPIC -Wa,--noexecstack -ffunction-sections -fdata-sections -DGETREENT_PROVIDED -D__TWZ_BUILDING_NEWLIB -D_POSIX_MODE -DHAVE_FCNTL -DHAVE_BLKSIZE -DHAVE_MKDIR" \
	>"$out/configure.log" 2>&1 || { tail -30 "$out/configure.log" >&2; exit 1; }
make -j"$(nproc)" all-target-newlib >"$out/build.log" 2>&1 || { tail -40 "$out/build.log" >&2; exit 1; }
make install-target-newlib >>"$out/build.log" 2>&1 || { tail -40 "$out/build.log" >&2; exit 1; }
[[ -f $out/install/x86_64-elf/lib/libc.a && -f $out/install/x86_64-elf/lib/libm.a ]]
