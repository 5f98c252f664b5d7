/* The object map benchmark's Linux baseline (host gcc, glibc): nanoseconds per open + mmap (1 GiB,
 * shared) + one page touched + munmap + close of a sparse 1 GiB file, the Linux way to "map an object". */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static unsigned long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	const int n = 20000;
	if (argc < 2)
		return 2;
	int fd = open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || ftruncate(fd, 1ul << 30) < 0)
		return perror("file"), 1;
	close(fd);
	unsigned long long t0 = now_ns();
	for (int i = 0; i < n; i++) {
		fd = open(argv[1], O_RDWR | O_CLOEXEC);
		char *p = mmap(NULL, 1ul << 30, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
		if (fd < 0 || p == MAP_FAILED)
			return perror("open+mmap"), 1;
		p[0x1000] = 1;
		munmap(p, 1ul << 30);
		close(fd);
	}
	printf("%.1f\n", (double)(now_ns() - t0) / n);
	unlink(argv[1]);
	return 0;
}
