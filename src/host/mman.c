/* Raw mapping calls: mmap(2) and friends, each returning the kernel's result untouched. */
#include <asm/unistd.h>
#include "mem.h"
#include "arch/x86_64/syscall.h"

/* void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset); */
void *host_mmap(void *addr, size_t len, int prot, int flags, int fd, long off)
{
	return (void *)host_syscall6(__NR_mmap, (long)addr, (long)len, prot, flags, fd, off);
}

/* int munmap(void *addr, size_t length); */
long host_munmap(void *addr, size_t len)
{
	return host_syscall2(__NR_munmap, (long)addr, (long)len);
}

/* int mprotect(void *addr, size_t len, int prot); */
long host_mprotect(void *addr, size_t len, int prot)
{
	return host_syscall3(__NR_mprotect, (long)addr, (long)len, prot);
}

/* int madvise(void *addr, size_t length, int advice); */
long host_madvise(void *addr, size_t len, int advice)
{
	return host_syscall3(__NR_madvise, (long)addr, (long)len, advice);
}

/* int msync(void *addr, size_t length, int flags); */
long host_msync(void *addr, size_t len, int flags)
{
	return host_syscall3(__NR_msync, (long)addr, (long)len, flags);
}
