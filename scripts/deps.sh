#!/usr/bin/env bash
# Makes sure the Debian packages a goal needs are installed: installs the missing ones when run as root
# (apt-get), otherwise stops with a message naming them. Usage: scripts/deps.sh build|test|bench
set -euo pipefail
goal=${1:-build}

# package:command-or-file that proves it is there
need_build=(gcc:gcc make:make binutils:ld linux-libc-dev:/usr/include/linux/futex.h git:git
	newlib-source:/usr/src/newlib/newlib-3.3.0.tar.xz)
need_test=(g++:g++ clang:clang bindgen:bindgen rustc:rustc gdb:gdb)
need_bench=(musl-tools:musl-gcc valgrind:valgrind libpmemobj-dev:/usr/include/libpmemobj.h)

case $goal in
build) want=("${need_build[@]}") ;;
test) want=("${need_build[@]}" "${need_test[@]}") ;;
bench) want=("${need_build[@]}" "${need_bench[@]}") ;;
*) echo "deps.sh: unknown goal '$goal' (use build, test or bench)" >&2; exit 2 ;;
esac

missing=()
for item in "${want[@]}"; do
	pkg=${item%%:*} probe=${item#*:}
	if [[ $probe == /* ]]; then [[ -e $probe ]] && continue
	else command -v "$probe" >/dev/null 2>&1 && continue; fi
	missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
	echo "twzrt: missing Debian packages: ${missing[*]}" >&2
	echo "  fix: sudo apt-get install ${missing[*]}" >&2
	exit 1
fi
echo "twzrt: installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -qq "${missing[@]}" >/dev/null; then
	apt-get update -qq
	apt-get install -y -qq "${missing[@]}" >/dev/null
fi
