/* Two libraries that need each other (libcyc1 <-> libcyc2): CYC names this one's function, PEER the
 * other's. */
int PEER(int);

int CYC(int depth)
{
	return depth <= 0 ? 1 : 1 + PEER(depth - 1);
}
