#!/usr/bin/env bash
# Smoke test: a program and two libraries (libsb needs libsa, found through $ORIGIN) sharing a symbol
# that the program interposes, TLS initialised and zeroed in a library (read by the main thread and by a
# new thread, which gets its own copy), a constructor in a library.
set -u
cd "$TWZ_TMP"
fail() { echo "FAIL: $*"; exit 1; }
[[ -f $TWZ_TOOLCHAIN/lib/twzrt/reference/libtwz_rt.so ]] || { echo "no reference runtime"; exit 77; }

cat >sa.c <<'C'
__thread int sa_tls = 5;
__thread int sa_zero[64];
int shared_value = 100; /* the program's definition wins */
int sa_shared(void) { return shared_value; }
int sa_tls_get(void) { return sa_tls + sa_zero[3]; }
void sa_tls_set(int v) { sa_tls = v; sa_zero[3] = 1; }
C
cat >sb.c <<'C'
extern int sa_tls_get(void);
extern __thread int sa_tls;
static int inited;
__attribute__((constructor)) static void sb_init(void) { inited = 42; }
int sb_inited(void) { return inited; }
int sb_sum(void) { return sa_tls_get() + sa_tls; }
C
cat >prog.c <<'C'
#include <twizzler/rt/__all.h>
int shared_value = 7;
__thread int prog_tls = 3;
int sa_shared(void);
int sa_tls_get(void);
void sa_tls_set(int);
int sb_sum(void);
int sb_inited(void);
static volatile int thread_saw;
static void thread_body(size_t arg)
{
	(void)arg;
	thread_saw = sa_tls_get() * 100 + prog_tls; /* fresh copies: 5, 3 */
	sa_tls_set(99);
}
int main(void)
{
	if (sa_shared() != 7)
		return 1;
	if (sa_tls_get() != 5 || prog_tls != 3)
		return 2;
	sa_tls_set(10);
	if (sa_tls_get() != 11 || sb_sum() != 21)
		return 3;
	if (sb_inited() != 42)
		return 4;
	struct spawn_args a = {.stack_size = 1 << 16, .start = (uintptr_t)thread_body, .arg = 0};
	struct spawn_result r = twz_rt_spawn_thread(a);
	if (r.err)
		return 5;
	struct option_duration none = {0};
	if (twz_rt_join_thread(r.id, none))
		return 6;
	if (thread_saw != 503)
		return 7;
	if (sa_tls_get() != 11)
		return 8; /* the thread's write went to its own copy */
	return 0;
}
C
"$TWZ_CC" -shared -O2 sa.c -o libsa.so || fail "building libsa.so"
"$TWZ_CC" -shared -O2 sb.c -o libsb.so -L. -lsa -Wl,-rpath,'$ORIGIN' || fail "building libsb.so"
mkdir -p bin
"$TWZ_CC" -O2 prog.c -o bin/prog -L. -lsb -lsa -Wl,-rpath,'$ORIGIN/..' -Wl,-rpath-link,. || fail "building prog"
out=$(./bin/prog 2>&1); rc=$?
((rc == 0)) || fail "prog exited $rc: $out"
[[ -z $out ]] || fail "unexpected output: $out"
# TWZ_LIBRARY_PATH finds a library the runpath does not.
"$TWZ_CC" -O2 prog.c -o prog2 -L. -lsb -lsa || fail "building prog2"
out=$(TWZ_LIBRARY_PATH=/nonexistent:$TWZ_TMP ./prog2 2>&1); rc=$?
((rc == 0)) || fail "prog2 with TWZ_LIBRARY_PATH exited $rc: $out"
exit 0
