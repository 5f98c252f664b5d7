/* Random bytes: a full fill (blocking and non-blocking), two fills differ, zero length. */
#include "tcheck.h"

int main(void)
{
	char a[64] = {0}, b[64] = {0};
	CHECK_EQ(twz_rt_get_random(a, sizeof a, 0), sizeof a);
	CHECK_EQ(twz_rt_get_random(b, sizeof b, GET_RANDOM_NON_BLOCKING), sizeof b);
	int same = 1, zero = 1;
	for (size_t i = 0; i < sizeof a; i++) {
		same &= a[i] == b[i];
		zero &= a[i] == 0;
	}
	CHECK(!same);
	CHECK(!zero);
	CHECK_EQ(twz_rt_get_random(a, 0, 0), 0);
	static char big[100000];
	CHECK_EQ(twz_rt_get_random(big, sizeof big, 0), sizeof big);
	return t_status();
}
