/* twzrt's <sys/uio.h>: struct iovec (the runtime ABI's layout) and vectored I/O. */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#include <sys/cdefs.h>
#include <sys/types.h>

#ifndef TWZ_HAVE_STRUCT_IOVEC
#define TWZ_HAVE_STRUCT_IOVEC 1
struct iovec {
	void *iov_base;
	size_t iov_len;
};
#endif

#define IOV_MAX 1024

__BEGIN_DECLS
ssize_t readv(int __fd, const struct iovec *__iov, int __iovcnt);
ssize_t writev(int __fd, const struct iovec *__iov, int __iovcnt);
ssize_t preadv(int __fd, const struct iovec *__iov, int __iovcnt, off_t __offset);
ssize_t pwritev(int __fd, const struct iovec *__iov, int __iovcnt, off_t __offset);
__END_DECLS

#endif /* _SYS_UIO_H */
