#!/usr/bin/env bash
# Makes libc.so, the C library of reference-runtime programs and libraries: every member of twzrt's
# libc.a (merge-libc.sh) and of newlib's libm.a (libm lives in libc.so; -lm finds an empty libm.a), the
# same -fPIC objects as the static archives, except:
#   - lib_a-init.o, lib_a-fini.o: newlib's __libc_init_array/__libc_fini_array run one image's arrays
#     through linker-defined symbols: per image, never shared (the runtime runs every image's arrays);
#   - the libm members libc.a has too (newlib builds copysign, frexp, isnan, ... into both);
#   - every member that references a symbol nothing defines (rpmatch needs regex; libm's long double
#     complex functions need long double maths newlib lacks), repeated until none is left: a program
#     calling one of them fails to link, as it does against the static archives.
# The rest is linked whole, against libtwz_rt.so (DT_NEEDED: the runtime ABI), eagerly bound, RELRO,
# without text relocations, with the ABI note. _init/_fini (start.c) stay inside as DT_INIT/DT_FINI: the
# loader runs libc.so's DT_FINI (the final stdio flush) after every image that depends on it.
#
# Usage: make-libc-so.sh LIBC_A LIBM_A ABI_NOTE_O LIBTWZ_RT_SO OUT_SO [HOST_CC]
# Also writes OUT_SO.dropped: the members left out, one per line.
set -euo pipefail
libc=${1:?} libm=${2:?} note=${3:?} rt=${4:?} out=${5:?} cc=${6:-gcc}
export LC_ALL=C
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$libc" "$tmp/c.a"
cp "$libm" "$tmp/m.a"
note=$(realpath "$note") rt=$(realpath "$rt") out=$(realpath -m "$out")
libgcc=$("$cc" -print-libgcc-file-name)
cd "$tmp"
printf '%s\n' lib_a-init.o lib_a-fini.o >dropped
ar d c.a lib_a-init.o lib_a-fini.o
comm -12 <(ar t c.a | sort) <(ar t m.a | sort) >dup
if [[ -s dup ]]; then
	xargs -a dup ar d m.a
	sed 's/$/ (libm: also in libc)/' dup >>dropped
fi

# Members ("archive member") referencing a strong symbol defined nowhere (runtime ABI, libgcc and
# linker-provided symbols aside); dropped, then the check is repeated, since a dropped member may define what another
# needs.
unresolved_members() {
	nm -A -g --defined-only c.a m.a "$libgcc" 2>/dev/null | awk 'NF == 3 { print $3 }' | sort -u >def
	nm -A -u c.a m.a 2>/dev/null | awk 'NF >= 2 && $(NF-1) == "U" { print $1, $NF }' |
		grep -v ' \(twz_rt_\|__tls_get_addr$\|_GLOBAL_OFFSET_TABLE_$\)' | sort -k2,2 >undef
	join -1 2 -2 1 -v 1 -o 1.1 undef def | sort -u
}
while true; do
	bad=$(unresolved_members)
	[[ -n $bad ]] || break
	while read -r am; do
		a=${am%%:*} m=${am#*:}
		m=${m%:}
		ar d "$a" "$m"
		echo "$m (needs an undefined symbol)" >>dropped
	done <<<"$bad"
done

# Everything is exported except _init/_fini, which only name libc.so's DT_INIT/DT_FINI.
printf '{\n\tglobal: *;\n\tlocal: _init; _fini;\n};\n' >libc.map
"$cc" -shared -nostdlib -Wl,-soname,libc.so -Wl,-z,now -Wl,-z,relro -Wl,-z,text -Wl,-z,noexecstack \
	-Wl,--no-undefined -Wl,--hash-style=both -Wl,--version-script=libc.map \
	-Wl,--whole-archive c.a m.a -Wl,--no-whole-archive "$note" "$rt" -lgcc -o libc.so
mv libc.so "$out"
mv dropped "$out.dropped"
