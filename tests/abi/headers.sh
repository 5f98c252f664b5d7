#!/usr/bin/env bash
# The ABI headers as clean C and C++ (spec §16):
#  - rt/__all.h and every header alone (twice, for include guards) compile as C11 and C++17 with
#    -Wall -Wextra -Werror -pedantic under gcc, g++, clang and clang++ (clang ones skipped if absent);
#  - tests/unit/abi_layout.c compiles as C++17 too, so C++ sees the same layouts;
#  - two C (and two C++) translation units that include rt/__all.h and use its constants link together,
#    and the headers define no data or rodata symbols (upstream's headers define 131);
#  - version.h's TWZ_RT_ABI_VERSION string equals MAJOR.MINOR.PATCH, and version.h works in a .S file;
#  - the headers coexist with glibc's <link.h>, <sys/uio.h>, <poll.h> and <sys/select.h>;
#  - built freestanding without a C library (-nostdinc), the headers use include/compat/{poll.h,
#    sys/select.h}, whose fd_set/pollfd match glibc's and whose FD_* macros work.
# Exit 0 pass, 1 fail. gcc and g++ must exist.
set -u

SRC=${TWZ_SRC:?TWZ_SRC (source root) is not set}
TMP=${TWZ_TMP:-$(mktemp -d)}
INC=$SRC/include
WARN=(-Wall -Wextra -Werror -pedantic)
failures=0

fail() {
	echo "headers.sh: FAIL: $*" >&2
	failures=$((failures + 1))
}

# Runs a command quietly; on failure reports what and shows its output.
run() {
	local what=$1
	shift
	local out
	if ! out=$("$@" 2>&1); then
		fail "$what"
		printf '  $ %s\n' "$*" >&2
		printf '%s\n' "$out" | head -n 30 | sed 's/^/  /' >&2
		return 1
	fi
}

for tool in gcc g++ nm; do
	command -v "$tool" >/dev/null || { echo "headers.sh: FAIL: $tool is required" >&2; exit 1; }
done

# name -> command line prefix for each language.
declare -A CC=([gcc]="gcc -x c -std=c11" [g++]="g++ -x c++ -std=c++17")
command -v clang >/dev/null && CC[clang]="clang -x c -std=c11" || echo "headers.sh: clang absent, skipped"
command -v clang++ >/dev/null && CC[clang++]="clang++ -x c++ -std=c++17" || echo "headers.sh: clang++ absent, skipped"

# ---- every header, alone and through __all.h, with every compiler ----
mapfile -t HEADERS < <(cd "$INC" && find twizzler -name '*.h' | sort)
for name in "${!CC[@]}"; do
	read -r -a cc <<<"${CC[$name]}"
	for h in "${HEADERS[@]}"; do
		f=$TMP/alone_${h//\//_}.c
		# The typedef keeps ISO C's "at least one declaration" rule satisfied for macro-only headers.
		printf '#include <%s>\n#include <%s>\ntypedef int twz_header_check;\n' "$h" "$h" >"$f"
		run "$h alone ($name)" "${cc[@]}" "${WARN[@]}" -I"$INC" -fsyntax-only "$f"
	done
	run "abi_layout.c ($name)" "${cc[@]}" "${WARN[@]}" -I"$INC" -fsyntax-only "$SRC/tests/unit/abi_layout.c"
	# The compat headers stand in for a C library, so they must need nothing at all.
	for h in poll.h sys/select.h; do
		f=$TMP/compat_alone_${h//\//_}.c
		printf '#include <%s>\n#include <%s>\ntypedef int twz_header_check;\n' "$h" "$h" >"$f"
		run "compat/$h alone, no system headers ($name)" "${cc[@]}" "${WARN[@]}" -nostdinc -I"$INC/compat" \
			-fsyntax-only "$f"
	done
done

# ---- two translation units, no duplicate symbols, no data symbols from the headers ----
cat >"$TMP/tu_a.c" <<'EOF'
#include <twizzler/rt/__all.h>
/* Uses constants of every kind so that any storage behind them would be emitted. */
twz_error tu_a(uint32_t x)
{
	struct option_duration d = NO_DURATION;
	uint8_t name[NAME_DATA_MAX + BIND_DATA_MAX + NAME_ENTRY_LEN];
	name[0] = (uint8_t)x;
	if (x == MAP_FLAG_R || x == TWZ_RT_THREAD_ID_SELF || d.is_some)
		return ((twz_error)ARGUMENT_ERROR << ERROR_CATEGORY_SHIFT) | (twz_error)INVALID_ARGUMENT;
	return (twz_error)(name[0] & ERROR_CODE_MASK) | (STATUS_FLAG_READY & ERROR_CATEGORY_MASK) |
	       (twz_error)(LEN_MUL * (size_t)FUTEX_WAKE_ALL) | (twz_error)FD_POS;
}
EOF
cat >"$TMP/tu_b.c" <<'EOF'
#include <twizzler/rt/__all.h>
twz_error tu_a(uint32_t x);
int main(void)
{
	struct option_duration d = NO_DURATION;
	return tu_a((uint32_t)d.is_some + OPEN_FLAG_READ) == TWZ_ERROR(NAMING_ERROR, NOT_FOUND);
}
EOF
for lang in c c++; do
	if [[ $lang == c ]]; then compilers=(gcc clang); std=-std=c11; else compilers=(g++ clang++); std=-std=c++17; fi
	for name in "${compilers[@]}"; do
		[[ -n ${CC[$name]:-} ]] || continue
		for opt in -O0 -O2; do
			d=$TMP/link_${name}${opt}
			mkdir -p "$d"
			run "compile two TUs ($name $opt)" "$name" -x "$lang" "$std" "${WARN[@]}" "$opt" -I"$INC" \
				-c "$TMP/tu_a.c" -o "$d/a.o" || continue
			run "compile two TUs ($name $opt)" "$name" -x "$lang" "$std" "${WARN[@]}" "$opt" -I"$INC" \
				-c "$TMP/tu_b.c" -o "$d/b.o" || continue
			run "link two TUs that include __all.h ($name $opt)" "$name" "$d/a.o" "$d/b.o" -o "$d/prog"
			# Data symbols: B/b bss, C common, D/d data, G/g small data, R/r rodata, S/s small bss,
			# V/v and u weak or unique objects. C must have none at all; C++ may keep internal
			# (lowercase) constexpr objects at -O0, but no external ones.
			if [[ $lang == c ]]; then pat='[BbCDdGgRrSsVvu]'; else pat='[BCDGRSVu]'; fi
			for o in a b; do
				data=$(nm "$d/$o.o" | awk -v p="^$pat\$" 'NF == 3 && $2 ~ p { print $2, $3 }')
				[[ -z $data ]] || fail "headers define data symbols ($name $opt, tu_$o): ${data//$'\n'/, }"
			done
		done
	done
done

# ---- the version: one definition, usable from C and assembler ----
vh=$INC/twizzler/rt/version.h
get() { sed -n "s/^#define TWZ_RT_ABI_VERSION_$1[[:space:]]\{1,\}\([0-9]\{1,\}\)[[:space:]]*\$/\1/p" "$vh"; }
maj=$(get MAJOR) min=$(get MINOR) pat=$(get PATCH)
str=$(sed -n 's/^#define TWZ_RT_ABI_VERSION[[:space:]]\{1,\}"\([^"]*\)"[[:space:]]*$/\1/p' "$vh")
if [[ -z $maj || -z $min || -z $pat || -z $str ]]; then
	fail "version.h lacks one of TWZ_RT_ABI_VERSION_{MAJOR,MINOR,PATCH} or TWZ_RT_ABI_VERSION"
elif [[ $str != "$maj.$min.$pat" ]]; then
	fail "version.h: TWZ_RT_ABI_VERSION \"$str\" != $maj.$min.$pat"
fi
for m in MAJOR MINOR PATCH; do
	n=$(grep -c "^#define TWZ_RT_ABI_VERSION_${m}[[:space:]]" "$vh")
	[[ $n == 1 ]] || fail "version.h defines TWZ_RT_ABI_VERSION_$m $n times"
done
others=$(grep -rln 'TWZ_RT_ABI_VERSION[A-Z_]*[[:space:]]\{1,\}[0-9"]' "$INC" | grep -v "/rt/version.h$")
[[ -z $others ]] || fail "the ABI version is also defined in: $others"
cat >"$TMP/version.c" <<'EOF'
#include <twizzler/rt/version.h>
#define STR_(x) #x
#define STR(x) STR_(x)
_Static_assert(sizeof(TWZ_RT_ABI_VERSION) ==
		       sizeof(STR(TWZ_RT_ABI_VERSION_MAJOR) "." STR(TWZ_RT_ABI_VERSION_MINOR) "." STR(
			       TWZ_RT_ABI_VERSION_PATCH)),
	       "TWZ_RT_ABI_VERSION has the length of MAJOR.MINOR.PATCH");
int main(void)
{
	const char *a = TWZ_RT_ABI_VERSION;
	const char *b = STR(TWZ_RT_ABI_VERSION_MAJOR) "." STR(TWZ_RT_ABI_VERSION_MINOR) "." STR(
		TWZ_RT_ABI_VERSION_PATCH);
	while (*a && *a == *b)
		a++, b++;
	return *a != *b;
}
EOF
run "version.h compiles" gcc -std=c11 "${WARN[@]}" -I"$INC" "$TMP/version.c" -o "$TMP/version" &&
	run "TWZ_RT_ABI_VERSION equals MAJOR.MINOR.PATCH" "$TMP/version"
cat >"$TMP/version.S" <<'EOF'
#include <twizzler/rt/version.h>
	.section .rodata
	.long TWZ_RT_ABI_VERSION_MAJOR, TWZ_RT_ABI_VERSION_MINOR, TWZ_RT_ABI_VERSION_PATCH
	.asciz TWZ_RT_ABI_VERSION
	.section .note.GNU-stack, "", @progbits
EOF
run "version.h in an assembler file" gcc -I"$INC" -c "$TMP/version.S" -o "$TMP/version_S.o"

# ---- coexistence with glibc headers ----
cat >"$TMP/glibc_first.c" <<'EOF'
#define _GNU_SOURCE
#include <link.h>
#include <poll.h>
#include <sys/select.h>
#include <sys/uio.h>
#include <twizzler/rt/__all.h>
/* <link.h> came first, so the ABI's phdr struct takes its twz_rt_ name; glibc's is untouched. */
_Static_assert(sizeof(struct twz_rt_dl_phdr_info) == 64, "twz_rt_dl_phdr_info");
_Static_assert(sizeof(struct TWZ_RT_DL_PHDR_INFO) == 64, "TWZ_RT_DL_PHDR_INFO");
_Static_assert(sizeof(struct twz_rt_link_map) == 40, "twz_rt_link_map");
int f(const struct dl_phdr_info *g, const struct twz_rt_dl_phdr_info *t, struct iovec *v)
{
	return (int)g->dlpi_phnum + (int)t->phnum + (int)v->iov_len;
}
EOF
cat >"$TMP/glibc_after.c" <<'EOF'
#define _GNU_SOURCE
#define TWZ_RT_NO_LINK_STRUCTS
#include <twizzler/rt/__all.h>
#include <link.h>
#include <sys/uio.h>
int f(const struct dl_phdr_info *g, const struct twz_rt_dl_phdr_info *t, struct iovec *v)
{
	return (int)g->dlpi_phnum + (int)t->phnum + (int)v->iov_len;
}
EOF
for name in gcc clang; do
	[[ -n ${CC[$name]:-} ]] || continue
	for t in glibc_first glibc_after; do
		run "$t ($name)" "$name" -std=c11 "${WARN[@]}" -I"$INC" -fsyntax-only "$TMP/$t.c"
	done
done

# ---- C++ callers pass std::atomic words to the futex calls ----
cat >"$TMP/atomic.cc" <<'EOF'
#include <twizzler/rt/__all.h>
#include <atomic>
static std::atomic<futex_word> word;
static std::atomic<uint64_t> release;
twz_error wait_once(sync_info *si)
{
	si->release_ptr = &release;
	si->durable_ptr = nullptr;
	return twz_rt_futex_wait(&word, 0, NO_DURATION) | twz_rt_futex_wake(&word, FUTEX_WAKE_ALL);
}
EOF
for name in g++ clang++; do
	[[ -n ${CC[$name]:-} ]] || continue
	run "C++ std::atomic futex words ($name)" "$name" -std=c++17 "${WARN[@]}" -I"$INC" -fsyntax-only \
		"$TMP/atomic.cc"
done

# ---- freestanding, without a C library: the compat headers ----
cat >"$TMP/compat.c" <<'EOF'
#include <twizzler/rt/__all.h>
_Static_assert(sizeof(fd_set) == 128 && _Alignof(fd_set) == 8 && FD_SETSIZE == 1024, "fd_set as glibc's");
_Static_assert(sizeof(struct pollfd) == 8 && sizeof(nfds_t) == 8, "pollfd/nfds_t as glibc's");
_Static_assert(POLLIN == 1 && POLLPRI == 2 && POLLOUT == 4 && POLLERR == 8 && POLLHUP == 0x10 &&
		       POLLNVAL == 0x20,
	       "POLL* values");
_Static_assert(sizeof(struct iovec) == 16, "iovec");
/* Returns 0 if the FD_* macros behave; called from a hosted main. */
int compat_check(void)
{
	fd_set s;
	int fd, bad = 0;
	FD_ZERO(&s);
	for (fd = 0; fd < FD_SETSIZE; fd++)
		bad |= FD_ISSET(fd, &s);
	FD_SET(0, &s);
	FD_SET(63, &s);
	FD_SET(64, &s);
	FD_SET(1023, &s);
	bad |= !FD_ISSET(0, &s) || !FD_ISSET(63, &s) || !FD_ISSET(64, &s) || !FD_ISSET(1023, &s);
	bad |= FD_ISSET(1, &s) || FD_ISSET(62, &s) || FD_ISSET(65, &s) || FD_ISSET(1022, &s);
	bad |= s.fds_bits[0] != (long)(1UL | (1UL << 63)) || s.fds_bits[1] != 1 || s.fds_bits[15] != (long)(1UL << 63);
	FD_CLR(63, &s);
	FD_CLR(1023, &s);
	bad |= FD_ISSET(63, &s) || FD_ISSET(1023, &s) || !FD_ISSET(0, &s) || !FD_ISSET(64, &s);
	return bad;
}
EOF
cat >"$TMP/compat_main.c" <<'EOF'
int compat_check(void);
int main(void) { return compat_check(); }
EOF
for name in gcc clang; do
	[[ -n ${CC[$name]:-} ]] || continue
	if [[ $name == gcc ]]; then sys=$(gcc -print-file-name=include); else sys=$(clang -print-resource-dir)/include; fi
	if run "freestanding compile with include/compat ($name)" "$name" -std=c11 "${WARN[@]}" -ffreestanding \
		-nostdinc -isystem "$sys" -I"$INC" -I"$INC/compat" -c "$TMP/compat.c" -o "$TMP/compat_$name.o"; then
		run "compat FD_* macros ($name)" "$name" "$TMP/compat_$name.o" "$TMP/compat_main.c" \
			-o "$TMP/compat_$name" && run "compat FD_* macros behave ($name)" "$TMP/compat_$name"
	fi
	run "freestanding compile of abi_layout.c ($name)" "$name" -std=c11 "${WARN[@]}" -ffreestanding \
		-nostdinc -isystem "$sys" -I"$INC" -I"$INC/compat" -fsyntax-only "$SRC/tests/unit/abi_layout.c"
done

if ((failures)); then
	echo "headers.sh: $failures check(s) failed" >&2
	exit 1
fi
exit 0
