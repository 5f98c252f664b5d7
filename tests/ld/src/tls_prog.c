/* TLS in the program and in two libraries, in the main thread and 16 more: each thread sees the initial
 * values and zeroed arrays, and its own copies (distinct addresses, writes not seen by others). The
 * program also reaches the libraries' variables directly (initial-exec, R_X86_64_TPOFF64). */
#include "out.h"
#include "tls_common.h"

TLS_MODULE(p, 100)

extern __thread uint32_t a_init[32];
extern __thread uint64_t b_aligned;
unsigned a_check(unsigned tid);
unsigned b_check(unsigned tid);
uint64_t *a_zero_addr(void);
uint64_t *b_zero_addr(void);

#define NTHREADS 16
static unsigned bad_of[NTHREADS + 1];
static uintptr_t addr_of[NTHREADS + 1][3];

static void thread_main(size_t tid)
{
	unsigned bad = 0;
	/* Direct accesses to the libraries' variables, before their own checks rewrite them. */
	bad += a_init[5] != 200 + 5;
	bad += b_aligned != 300;
	bad += p_check((unsigned)tid) + a_check((unsigned)tid) + b_check((unsigned)tid);
	bad += a_init[5] != tid * 1000 + 5;
	bad += b_aligned != tid;
	addr_of[tid][0] = (uintptr_t)p_zero_addr();
	addr_of[tid][1] = (uintptr_t)a_zero_addr();
	addr_of[tid][2] = (uintptr_t)b_zero_addr();
	bad_of[tid] = bad;
}

int main(void)
{
	uint64_t ids[NTHREADS + 1];
	thread_main(0);
	for (size_t t = 1; t <= NTHREADS; t++) {
		ids[t] = out_spawn(thread_main, t);
		EXPECT(ids[t] != 0);
	}
	for (size_t t = 1; t <= NTHREADS; t++)
		EXPECT(ids[t] && out_join(ids[t]));
	unsigned bad = 0, shared = 0;
	for (size_t t = 0; t <= NTHREADS; t++) {
		bad += bad_of[t];
		for (size_t u = 0; u < t; u++)
			for (int m = 0; m < 3; m++)
				shared += addr_of[t][m] == addr_of[u][m];
	}
	/* The main thread's copies kept its own values. */
	bad += a_init[5] != 5 || b_aligned != 0 || p_init[31] != 31;
	out_kv("threads", NTHREADS);
	out_kv("mismatches", bad);
	out_kv("shared copies", shared);
	return out_failures;
}
