/* host_obj_copy: the object_source operation, copying a byte range between objects or zero-filling one.
 *
 * Holes stay holes: the source is walked with SEEK_DATA/SEEK_HOLE, data extents go through
 * copy_file_range (in-kernel; reflinks where the file system can), hole extents become punched holes in
 * the destination. Where the kernel declines (memfd to file: EXDEV; overlapping ranges of one object)
 * the bytes go through a buffer. */
#include <linux/falloc.h>
#include <linux/fs.h>
#include <linux/mman.h>
#include "objstore_internal.h"
#include "fs.h"
#include "mem.h"

#define OBJCOPY_BUF (1UL << 20)

/* A scratch buffer of OBJCOPY_BUF bytes (anonymous, so it starts zeroed), or NULL. */
static void *objcopy_buffer(void)
{
	void *p = host_mmap(NULL, OBJCOPY_BUF, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	return host_is_err((long)p) ? NULL : p;
}

static long objcopy_pread_full(int fd, char *buf, size_t n, uint64_t off)
{
	while (n) {
		long r = host_pread(fd, buf, n, off);
		if (r == -EINTR)
			continue;
		if (r <= 0)
			return r < 0 ? r : -EIO; /* objects are never shorter than HOST_OBJ_SIZE */
		buf += r;
		off += (uint64_t)r;
		n -= (size_t)r;
	}
	return 0;
}

static long objcopy_pwrite_full(int fd, const char *buf, size_t n, uint64_t off)
{
	while (n) {
		long r = host_pwrite(fd, buf, n, off);
		if (r == -EINTR)
			continue;
		if (r <= 0)
			return r < 0 ? r : -EIO;
		buf += r;
		off += (uint64_t)r;
		n -= (size_t)r;
	}
	return 0;
}

/* Makes [off, off+len) of fd read as zeros: a punched hole, or written zeros where holes are not
 * supported. */
static long objcopy_zero(int fd, uint64_t off, uint64_t len)
{
	long r = host_fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, off, len);
	if (r != -EOPNOTSUPP && r != -ENOSYS)
		return r;
	char *zeros = objcopy_buffer();
	if (!zeros)
		return -ENOMEM;
	for (r = 0; r == 0 && len;) {
		size_t n = len < OBJCOPY_BUF ? len : OBJCOPY_BUF;
		r = objcopy_pwrite_full(fd, zeros, n, off);
		off += n;
		len -= n;
	}
	host_munmap(zeros, OBJCOPY_BUF);
	return r;
}

/* Copies through a buffer, in chunks; downwards when the destination lies above an overlapping source,
 * so no chunk is read after being overwritten. */
static long objcopy_buffered(int sfd, uint64_t soff, int dfd, uint64_t doff, uint64_t len)
{
	char *buf = objcopy_buffer();
	if (!buf)
		return -ENOMEM;
	bool down = doff > soff;
	long r = 0;
	while (r == 0 && len) {
		size_t n = len < OBJCOPY_BUF ? len : OBJCOPY_BUF;
		uint64_t s = down ? soff + len - n : soff, d = down ? doff + len - n : doff;
		r = objcopy_pread_full(sfd, buf, n, s);
		if (r == 0)
			r = objcopy_pwrite_full(dfd, buf, n, d);
		if (!down) {
			soff += n;
			doff += n;
		}
		len -= n;
	}
	host_munmap(buf, OBJCOPY_BUF);
	return r;
}

/* Copies a data extent: in the kernel when it can, else through a buffer. */
static long objcopy_data(int sfd, uint64_t soff, int dfd, uint64_t doff, uint64_t len)
{
	while (len) {
		size_t chunk = len < (1UL << 30) ? len : (1UL << 30);
		long r = host_copy_file_range(sfd, &soff, dfd, &doff, chunk);
		if (r == -EINTR)
			continue;
		if (r <= 0) /* EXDEV, EINVAL, EOPNOTSUPP, ENOSYS, or no progress: do it ourselves */
			return objcopy_buffered(sfd, soff, dfd, doff, len);
		len -= (uint64_t)r; /* the kernel advanced soff and doff */
	}
	return 0;
}

/* Copies [soff, soff+len) of sfd to doff in dfd (distinct ranges), extent by extent. */
static long objcopy_sparse(int sfd, uint64_t soff, int dfd, uint64_t doff, uint64_t len)
{
	uint64_t pos = soff, end = soff + len;
	while (pos < end) {
		long data = host_lseek(sfd, (int64_t)pos, SEEK_DATA);
		if (data == -ENXIO) /* nothing but hole up to the end of the file */
			data = (long)end;
		else if (data < 0) /* no SEEK_DATA here: treat the rest as data */
			return objcopy_data(sfd, pos, dfd, doff + (pos - soff), end - pos);
		if ((uint64_t)data > end)
			data = (long)end;
		if ((uint64_t)data > pos) {
			long r = objcopy_zero(dfd, doff + (pos - soff), (uint64_t)data - pos);
			if (r < 0)
				return r;
			pos = (uint64_t)data;
			if (pos == end)
				break;
		}
		long hole = host_lseek(sfd, (int64_t)pos, SEEK_HOLE);
		if (hole < 0 || (uint64_t)hole > end)
			hole = (long)end;
		long r = objcopy_data(sfd, pos, dfd, doff + (pos - soff), (uint64_t)hole - pos);
		if (r < 0)
			return r;
		pos = (uint64_t)hole;
	}
	return 0;
}

long host_obj_copy(host_objid dst, uint64_t dst_off, host_objid src, uint64_t src_off, uint64_t len)
{
	if (dst_off > HOST_OBJ_SIZE || len > HOST_OBJ_SIZE - dst_off)
		return -EINVAL;
	if (src && (src_off > HOST_OBJ_SIZE || len > HOST_OBJ_SIZE - src_off))
		return -EINVAL;
	long dfd = host_obj_open(dst, true);
	if (dfd < 0)
		return dfd;
	long r = 0;
	if (!len) {
		/* nothing to do, but the objects must exist */
		if (src && !host_obj_exists(src))
			r = -ENOENT;
	} else if (!src) {
		r = objcopy_zero((int)dfd, dst_off, len);
	} else {
		long sfd = host_obj_open(src, false);
		if (sfd < 0) {
			r = sfd;
		} else {
			bool overlap = src == dst && src_off < dst_off + len && dst_off < src_off + len;
			if (overlap)
				r = objcopy_buffered((int)sfd, src_off, (int)dfd, dst_off, len);
			else
				r = objcopy_sparse((int)sfd, src_off, (int)dfd, dst_off, len);
			host_close((int)sfd);
		}
	}
	host_close((int)dfd);
	return r;
}
