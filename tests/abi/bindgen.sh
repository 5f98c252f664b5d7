#!/usr/bin/env bash
# The ABI headers through bindgen, as upstream's Rust side consumes them: bindgen (Debian's 0.60) turns
# include/twizzler/rt/__all.h into Rust, which must
#  - be produced without any bindgen or libclang error,
#  - declare all 68 ABI functions plus twz_rt_thread_exit, and the constants that are macros,
#  - compile as a #![no_std] library (rustc --crate-type=lib --edition=2021),
#  - pass bindgen's own layout tests (rustc --test), which compare Rust's view of every struct with
#    libclang's. Rust lays out u128 with 16-byte alignment only since 1.77, so with an older rustc the
#    layout tests are skipped (with a message) and the rest still counts.
# Exit 0 pass, 1 fail, 77 skip (bindgen or rustc absent and not installable).
set -u

SRC=${TWZ_SRC:?TWZ_SRC (source root) is not set}
TMP=${TWZ_TMP:-$(mktemp -d)}
INC=$SRC/include

have_tools() { command -v bindgen >/dev/null && command -v rustc >/dev/null; }
if ! have_tools && [[ -x $SRC/scripts/deps.sh ]]; then
	"$SRC/scripts/deps.sh" test >&2 || true
fi
if ! have_tools; then
	echo "skip: bindgen or rustc is not installed (Debian packages bindgen, rustc)"
	exit 77
fi

fail() {
	echo "bindgen.sh: FAIL: $*" >&2
	exit 1
}

# ---- generate ----
# The C types come from a module of our own (crate::ctypes), so the output needs neither std nor a
# particular rustc (core::ffi::c_int only exists since 1.64).
out=$TMP/bindings.rs
if ! bindgen "$INC/twizzler/rt/__all.h" --use-core --ctypes-prefix crate::ctypes -o "$out" \
	-- -I"$INC" -std=c11 2>"$TMP/bindgen.err"; then
	cat "$TMP/bindgen.err" >&2
	fail "bindgen failed"
fi
if grep -qiE '(^|[^a-z_])(error|fatal)[: ]' "$TMP/bindgen.err"; then
	cat "$TMP/bindgen.err" >&2
	fail "bindgen reported errors"
fi
[[ -s $out ]] || fail "bindgen produced no output"

# ---- completeness ----
nfn=$(grep -cE '^ *pub fn (__)?twz_rt_[a-z_0-9]+\(' "$out")
[[ $nfn == 69 ]] || fail "bindings declare $nfn twz_rt functions, expected 69 (68 ABI + twz_rt_thread_exit)"
for c in NAME_DATA_MAX BIND_DATA_MAX NAME_ENTRY_LEN LEN_MUL TWZ_RT_THREAD_ID_SELF ERROR_CATEGORY_MASK \
	ERROR_CATEGORY_SHIFT ERROR_CODE_MASK ERROR_CODE_SHIFT STATUS_FLAG_TERMINATED STATUS_FLAG_READY \
	NOT_FOUND MAP_FLAG_R OPEN_FLAG_READ FUTEX_WAKE_ALL TWZ_RT_ABI_VERSION_MINOR; do
	grep -qE "^pub const $c: " "$out" || fail "bindings lack the constant $c"
done

ctypes='pub mod ctypes {
    pub type c_char = i8;
    pub type c_schar = i8;
    pub type c_uchar = u8;
    pub type c_short = i16;
    pub type c_ushort = u16;
    pub type c_int = i32;
    pub type c_uint = u32;
    pub type c_long = i64;
    pub type c_ulong = u64;
    pub type c_longlong = i64;
    pub type c_ulonglong = u64;
    pub type c_float = f32;
    pub type c_double = f64;
    pub use core::ffi::c_void;
}'
allow='#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code, improper_ctypes)]
#![allow(unknown_lints, deref_nullptr, unnecessary_transmutes, clippy::all)]'

# ---- a no_std library ----
cat >"$TMP/lib.rs" <<EOF
#![no_std]
$allow
$ctypes
include!("bindings.rs");
EOF
if ! rustc --crate-type=lib --edition=2021 --crate-name twz_rt_abi_bindings --out-dir "$TMP" "$TMP/lib.rs" \
	>"$TMP/rustc-lib.log" 2>&1; then
	cat "$TMP/rustc-lib.log" >&2
	fail "the bindings do not compile as a no_std library ($(rustc --version))"
fi

# ---- bindgen's layout tests ----
ver=$(rustc --version | sed -n 's/^rustc \([0-9]\{1,\}\)\.\([0-9]\{1,\}\).*/\1 \2/p')
read -r major minor <<<"$ver"
if [[ -z ${major:-} ]]; then
	fail "cannot parse '$(rustc --version)'"
fi
if ((major == 1 && minor < 77)); then
	echo "bindgen.sh: $(rustc --version) aligns u128 to 8 bytes (fixed in 1.77): layout tests skipped"
	exit 0
fi
cat >"$TMP/layout.rs" <<EOF
$allow
$ctypes
include!("bindings.rs");
EOF
if ! rustc --test --edition=2021 -o "$TMP/layout" "$TMP/layout.rs" >"$TMP/rustc-test.log" 2>&1; then
	cat "$TMP/rustc-test.log" >&2
	fail "bindgen's layout tests do not compile"
fi
if ! "$TMP/layout" -q >"$TMP/layout.log" 2>&1; then
	cat "$TMP/layout.log" >&2
	fail "bindgen's layout tests fail"
fi
ntests=$(sed -n 's/^test result: ok\. \([0-9]\{1,\}\) passed.*/\1/p' "$TMP/layout.log")
[[ ${ntests:-0} -gt 0 ]] || fail "no layout test ran"
exit 0
