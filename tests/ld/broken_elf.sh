#!/usr/bin/env bash
# Malformed ELF: a corpus generated from a good library (tests/ld/lib/elfcorpus.py: truncations, bad
# header fields, absurd or overlapping program headers, dynamic entries and tables pointing outside the
# image, unsupported relocations, a missing PT_DYNAMIC, broken hash and version tables, files that are
# not ELF at all). Each file is loaded as the DT_NEEDED of a program and with dlopen; each must end in a
# clean error -- exit status 127 (126 for the ABI note) with one line naming the file, or a NULL dlopen
# whose dlerror names it -- or load, where the damage is harmless. Never a signal, never a hang.
# (Under TWZ_LD_HOST=1 this fails: glibc's ld.so dies of SIGBUS/SIGSEGV or asserts on dozens of these.)
source "$TWZ_SRC/tests/ld/lib/common.sh"
command -v python3 >/dev/null || skip "python3 is needed to generate the corpus"
LD_TIMEOUT=${LD_TIMEOUT_CORPUS:-10}

echo 'int other_data = 7;' >other.c
ld_lib brother other.c
ld_lib good "$LD_SRC/src/broken_good.c" -lbrother -Wl,--version-script="$LD_SRC/src/broken_good.map"
ld_lib bad "$LD_SRC/src/broken_good.c" -lbrother -Wl,--version-script="$LD_SRC/src/broken_good.map"
cp libbad.so good-copy.so
ld_prog needs_bad "$LD_SRC/src/broken_needs.c" -lbad
ld_prog dlopen_bad "$LD_SRC/src/broken_dlopen.c"
python3 "$LD_SRC/lib/elfcorpus.py" libbad.so corpus || die "generating the corpus"
cp libbrother.so corpus/ # found through the corpus files' runpath ($ORIGIN) when dlopen'ed there
if "${LD_CC[@]}" -shared -fPIC -Wl,-z,pack-relative-relocs -Wl,-soname,libbad.so -Wl,-rpath,'$ORIGIN' -o relr-good.so \
	"$LD_SRC/src/broken_good.c" -L. -lbrother 2>/dev/null && readelf -d relr-good.so | grep -q '(RELR)'; then
	python3 "$LD_SRC/lib/elfcorpus.py" relr-good.so relr-corpus || die "generating the RELR corpus"
	for f in relr-corpus/relr-* relr-corpus/dyn-relr*; do
		[[ -e $f ]] && mv "$f" "corpus/relrlib-${f#relr-corpus/}"
	done
fi

# The harness itself: the good library loads both ways.
ld_expect ./needs_bad <<<"loaded"
ld_expect ./dlopen_bad "$TWZ_TMP/good-copy.so" "$TWZ_TMP/libgood.so" <<<"loaded
good 15"
((ld_failures == 0)) || die "the good library does not load; the corpus would prove nothing"

loaded=0 refused=0 total=0
for f in corpus/*.so; do
	[[ $f != corpus/libbrother.so ]] || continue
	v=$(basename "$f" .so)
	total=$((total + 1))
	# As a DT_NEEDED.
	rm -rf libbad.so
	cp -RP "$f" libbad.so
	LD_RUN_LABEL="$v (needed)" ld_run ./needs_bad
	case $RUN_RC in
	0)
		[[ $RUN_OUT == loaded ]] || fail "$v (needed): exit 0 but printed '$RUN_OUT'"
		loaded=$((loaded + 1))
		;;
	126 | 127)
		refused=$((refused + 1))
		[[ -z $RUN_OUT ]] || fail "$v (needed): code ran before the error: $RUN_OUT"
		[[ $(grep -c '' "$TWZ_TMP/run.err") == 1 ]] || fail "$v (needed): want one line on stderr: $RUN_ERR"
		# (A damaged symbol table can also end as "symbol good_fn not found", which names the symbol.)
		[[ $RUN_ERR == *libbad.so* || $RUN_ERR == *good_fn* || $ld_host == 1 ]] ||
			fail "$v (needed): the error names neither libbad.so nor good_fn: $RUN_ERR"
		;;
	124 | 137) ;; # ld_run reported the hang
	*) [[ $RUN_RC -gt 128 ]] || fail "$v (needed): exit status $RUN_RC (stderr: $RUN_ERR)" ;;
	esac

	# With dlopen.
	LD_RUN_LABEL="$v (dlopen)" ld_run ./dlopen_bad "$TWZ_TMP/$f" "$TWZ_TMP/libgood.so"
	if [[ $RUN_RC == 0 ]]; then
		case $RUN_OUT in
		loaded*) ;;
		"error: "*"$v"*) ;;
		"error: "*) fail "$v (dlopen): the message does not name the file: $(head -n 1 "$TWZ_TMP/run.out")" ;;
		*) fail "$v (dlopen): unexpected output: $RUN_OUT" ;;
		esac
		[[ $RUN_OUT == *"good 15" ]] || fail "$v (dlopen): the loader failed afterwards: $RUN_OUT $RUN_ERR"
	elif [[ $RUN_RC -le 128 && $RUN_RC != 124 ]]; then
		fail "$v (dlopen): exit status $RUN_RC, want 0 (stderr: $RUN_ERR)"
	fi
done
echo "corpus: $total files; as DT_NEEDED $loaded loaded, $refused refused; $ld_failures problems"
ld_finish
