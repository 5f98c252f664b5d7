#!/usr/bin/env bash
# Prints MAJOR.MINOR.PATCH read from a version.h (the single source of truth of the ABI version).
set -euo pipefail
h=${1:?usage: abi-version.sh path/to/version.h}
get() { sed -n "s/^#define TWZ_RT_ABI_VERSION_$1[[:space:]]\{1,\}\([0-9]\{1,\}\)[[:space:]]*$/\1/p" "$h"; }
maj=$(get MAJOR) min=$(get MINOR) pat=$(get PATCH)
if [[ -z $maj || -z $min || -z $pat ]]; then
	echo "abi-version.sh: $h has no TWZ_RT_ABI_VERSION_MAJOR/MINOR/PATCH defines" >&2
	exit 1
fi
echo "$maj.$min.$pat"
