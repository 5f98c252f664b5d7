#!/usr/bin/env bash
# The build-time ABI check: compares the toolchain's stamp (share/twzrt/abi-stamp) with the source
# tree's version.h before anything is compiled with that toolchain.
#   before 1.0: MAJOR.MINOR equal (patch may differ); from 1.0: MAJOR equal, toolchain MINOR >= tree's.
#   same version, other source commit: a warning only.
# Usage: abi-check.sh TOOLCHAIN_DIR VERSION_H [TREE_COMMIT]
set -euo pipefail
tc=${1:?usage: abi-check.sh TOOLCHAIN_DIR VERSION_H [TREE_COMMIT]}
vh=${2:?usage: abi-check.sh TOOLCHAIN_DIR VERSION_H [TREE_COMMIT]}
tree_commit=${3:-}
here=$(dirname "$0")
fix="make install PREFIX=$tc   (or build with the tree's own toolchain: omit TOOLCHAIN=)"

stamp=$tc/share/twzrt/abi-stamp
if [[ ! -f $stamp ]]; then
	echo "twzrt: ABI check: $tc is not a twzrt toolchain (no share/twzrt/abi-stamp)" >&2
	echo "  fix: $fix" >&2
	exit 1
fi
want=$("$here/abi-version.sh" "$vh")
have=$(sed -n 's/^abi_version=//p' "$stamp")
have_commit=$(sed -n 's/^source_commit=//p' "$stamp")

IFS=. read -r wmaj wmin wpat <<<"$want"
IFS=. read -r hmaj hmin hpat <<<"$have"
ok=1
if [[ $hmaj != "$wmaj" ]]; then ok=0
elif [[ $wmaj == 0 ]]; then [[ $hmin == "$wmin" ]] || ok=0
else ((hmin >= wmin)) || ok=0; fi

if ((!ok)); then
	echo "twzrt: ABI mismatch: toolchain $tc provides ABI $have, this source tree requires ABI $want" >&2
	echo "  fix: $fix" >&2
	exit 1
fi
if [[ $have == "$want" && -n $tree_commit && -n $have_commit && $have_commit != "$tree_commit" ]]; then
	echo "twzrt: warning: toolchain $tc (ABI $have) was built from commit $have_commit, this tree is $tree_commit" >&2
fi
exit 0
