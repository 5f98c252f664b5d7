#!/usr/bin/env bash
# Smoke test of the reference runtime's loader: a dynamic hello (twz-cc's default) names the toolchain's
# libtwz_rt.so as its interpreter, runs directly and through `twz run` (also when its interpreter path is
# wrong), and sees the program as image 0 and the runtime among its images, all in the slot arena.
set -u
cd "$TWZ_TMP"
fail() { echo "FAIL: $*"; exit 1; }
rt=$TWZ_TOOLCHAIN/lib/twzrt/reference/libtwz_rt.so
[[ -f $rt ]] || { echo "no reference runtime in $TWZ_TOOLCHAIN"; exit 77; }

"$TWZ_CC" -O2 "$TWZ_SRC/examples/hello/hello.c" -o hello || fail "building hello"
interp=$(readelf -lW hello | sed -n 's/.*Requesting program interpreter: \(.*\)]/\1/p')
[[ $interp == "$rt" ]] || fail "interpreter is '$interp', want $rt"
out=$(./hello one 2>&1) || fail "./hello exited $?: $out"
grep -q "hello from twzrt" <<<"$out" || fail "unexpected output: $out"
grep -q "argument: one" <<<"$out" || fail "argument missing: $out"
out=$("$TWZ_TOOLCHAIN/bin/twz" run ./hello two 2>&1) || fail "twz run exited $?: $out"
grep -q "argument: two" <<<"$out" || fail "twz run: argument missing: $out"

# A program whose interpreter path is not ours runs through `twz run`.
cp hello hello-moved
python3 - hello-moved "$rt" <<'PY' || fail "patching the interpreter path"
import sys
p, rt = sys.argv[1], sys.argv[2].encode()
d = bytearray(open(p, 'rb').read())
i = d.find(rt)
d[i:i + len(rt)] = b'/nonexistent/' + b'x' * (len(rt) - len(b'/nonexistent/'))
open(p, 'wb').write(d)
PY
out=$("$TWZ_TOOLCHAIN/bin/twz" run ./hello-moved three 2>&1) || fail "twz run of a foreign program: $out"
grep -q "argument: three" <<<"$out" || fail "twz run of a foreign program: $out"

cat >images.c <<'C'
#include <twizzler/rt/__all.h>
static void say(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	twz_rt_fd_pwrite(1, s, n, 0);
}
int main(int argc, char **argv)
{
	int getenv_set = argc > 1 && argv[1][0] == '1'; /* TWZ_LD_NO_MOVE=1: the runtime stays outside */
	struct loaded_image li;
	int runtime = 0;
	for (loaded_image_id id = 0; twz_rt_get_loaded_image(id, &li); id++) {
		if (li.id != id)
			return 10;
		if (!twz_rt_locate_object_start((void *)li.image_start) && !getenv_set)
			return 20 + (int)id; /* not in the slot arena */
		const char *n = li.dl_info.name;
		size_t len = 0;
		while (n[len])
			len++;
		if (len >= 12 && !__builtin_memcmp(n + len - 12, "libtwz_rt.so", 12))
			runtime = 1;
		say(n);
		say("\n");
	}
	return runtime ? 0 : 30;
}
C
"$TWZ_CC" -O2 images.c -o images || fail "building images"
out=$(./images "${TWZ_LD_NO_MOVE:-0}" 2>&1); rc=$?
((rc == 0)) || fail "images exited $rc: $out"
[[ $(head -n 1 <<<"$out") == *"/images" ]] || fail "image 0 is not the program: $out"
exit 0
