/* A side of the diamond (built twice, as liba and libb, with SIDE naming the functions). */
int *d_state_addr(void);
extern int d_state;

int *SIDE(void)
{
	d_state++;
	return d_state_addr();
}
