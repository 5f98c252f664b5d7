#!/usr/bin/env bash
# Makes twzrt's libc.a: newlib's libc.a minus every member that defines a symbol our OS layer defines
# (its malloc, no-op locks, exit, syscall wrappers...) and minus the members listed in drop.list, plus our
# objects. Then checks that the result needs nothing from outside but the runtime ABI (twz_rt_*) and the
# symbols named in undefined.list, so no newlib stub is silently left behind.
#
# Usage: merge-libc.sh NEWLIB_LIBC_A OUT_A OBJ...
set -euo pipefail
newlib=${1:?} out=${2:?}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nm -g --defined-only "$@" 2>/dev/null | awk 'NF == 3 { print $3 }' | sort -u >"$tmp/ours"
# Members of newlib's archive that define one of our symbols ("member sym" per line).
nm -A -g --defined-only "$newlib" 2>/dev/null | awk 'NF == 3 { split($1, p, ":"); print p[2], $3 }' |
	sort -k2,2 >"$tmp/theirs"
join -1 2 -2 1 -o 1.1 "$tmp/theirs" "$tmp/ours" | sort -u >"$tmp/drop"
grep -v '^\s*\(#\|$\)' "$here/drop.list" >>"$tmp/drop" || true
sort -u -o "$tmp/drop" "$tmp/drop"

cp "$newlib" "$tmp/libc.a"
xargs -a "$tmp/drop" ar d "$tmp/libc.a"
ar rcs "$tmp/libc.a" "$@"

# Everything the merged archive references must be defined in it, be runtime ABI, or be listed.
nm -A -g --defined-only "$tmp/libc.a" 2>/dev/null | awk 'NF == 3 { print $3 }' | sort -u >"$tmp/def"
nm -A -u "$tmp/libc.a" 2>/dev/null | awk '{ print $NF }' | sort -u >"$tmp/undef"
grep -v '^\s*\(#\|$\)' "$here/undefined.list" | awk '{ print $1 }' | sort -u >"$tmp/allowed"
missing=$(comm -23 "$tmp/undef" "$tmp/def" | grep -v '^twz_rt_' | comm -23 - "$tmp/allowed" || true)
if [[ -n $missing ]]; then
	echo "merge-libc: libc.a would leave these symbols undefined (define them in src/libc, or list them in" >&2
	echo "  src/libc/newlib/undefined.list / drop.list):" >&2
	echo "$missing" | sed 's/^/    /' >&2
	exit 1
fi
mv "$tmp/libc.a" "$out"
cp "$tmp/drop" "$out.dropped" # for the curious: which newlib members were replaced
