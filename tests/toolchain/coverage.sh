#!/usr/bin/env bash
# Keeps the README's ABI coverage table true: every function the ABI headers declare has a row, every
# row names a declared function, and every function the table marks as provided by the minimal runtime is
# defined in its library, every function the reference column marks as provided is exported by
# libtwz_rt.so (and the other way round, for both).
set -u
src=$TWZ_SRC lib=$TWZ_TOOLCHAIN/lib/twzrt/minimal/libtwz_rt.a
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# Functions declared by the ABI headers: a name followed by '(' at the start of a declaration.
declared=$(cat "$src"/include/twizzler/rt/*.h | tr '\n' ' ' | grep -oE '\b_{0,2}twz_rt_[a-z0-9_]+[[:space:]]*\(' |
	sed 's/[[:space:](]//g' | sort -u)
# Rows of the table: | `name` | minimal | reference |
rows=$(sed -n '/<!-- coverage:begin -->/,/<!-- coverage:end -->/p' "$src/README.md" | grep -E '^\| `')
table_names=$(echo "$rows" | sed -E 's/^\| `([^`]+)`.*/\1/' | sort -u)
defined=$(nm -g --defined-only "$lib" 2>/dev/null | awk '$2 ~ /[TW]/ { print $3 }' | sort -u)
so=$TWZ_TOOLCHAIN/lib/twzrt/reference/libtwz_rt.so
exported=""
[[ -f $so ]] && exported=$(nm -D --defined-only "$so" 2>/dev/null | awk '$2 ~ /[TWiu]/ { print $3 }' | sort -u)

[[ -n $declared ]] || fail "found no declarations in the headers"
[[ -n $rows ]] || fail "README has no coverage table between <!-- coverage:begin/end --> markers"
for f in $declared; do
	grep -qx "$f" <<<"$table_names" || fail "README coverage table lacks $f"
done
for f in $table_names; do
	grep -qx "$f" <<<"$declared" || fail "README coverage table lists $f, which no header declares"
done
while IFS= read -r row; do
	name=$(sed -E 's/^\| `([^`]+)`.*/\1/' <<<"$row")
	minimal=$(awk -F'|' '{ gsub(/^ +| +$/, "", $3); print $3 }' <<<"$row")
	if grep -qx "$name" <<<"$defined"; then
		[[ $minimal != missing* ]] || fail "$name is defined in libtwz_rt.a but the table says missing"
	else
		[[ $minimal == missing* ]] || fail "$name is not defined in libtwz_rt.a but the table says: $minimal"
	fi
	[[ -f $so ]] || continue
	reference=$(awk -F'|' '{ gsub(/^ +| +$/, "", $4); print $4 }' <<<"$row")
	absent=0
	[[ $reference == missing* || $reference == —* ]] && absent=1
	if grep -qx "$name" <<<"$exported"; then
		((absent == 0)) || fail "$name is exported by libtwz_rt.so but the table says: $reference"
	else
		((absent == 1)) || fail "$name is not exported by libtwz_rt.so but the table says: $reference"
	fi
done <<<"$rows"
((fails == 0))
