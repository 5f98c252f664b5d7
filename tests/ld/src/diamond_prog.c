/* Diamond (prog -> liba, libb -> libd) and cycle (prog -> libcyc1 <-> libcyc2): every library is loaded
 * once and its single copy of data is shared by all its users. */
#include "out.h"

int *side_a(void);
int *side_b(void);
int *d_state_addr(void);
extern int d_state;
extern int d_ctor_runs;
int cyc1(int);

int main(void)
{
	int *a = side_a();
	int *b = side_b();
	EXPECT(a == b);
	EXPECT(a == &d_state);
	EXPECT(d_state_addr() == &d_state);
	out_kv("d_state", (unsigned)d_state);
	out_kv("d_ctor_runs", (unsigned)d_ctor_runs);
	out_kv("libd images", out_count_images("/libd.so"));
	out_kv("liba images", out_count_images("/liba.so"));
	out_kv("cyc", (unsigned)cyc1(5));
	out_kv("libcyc1 images", out_count_images("/libcyc1.so"));
	out_kv("libcyc2 images", out_count_images("/libcyc2.so"));
	return out_failures;
}
