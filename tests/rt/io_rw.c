/* Reads and writes on a file: FD_POS uses and advances the position, explicit offsets leave it alone,
 * seek with every whence (END + offset as POSIX), negative results rejected, preadv/pwritev advancing the
 * offset per iovec and stopping at the first short transfer. */
#include "fd_scratch.h"

static uint64_t pos(descriptor fd)
{
	struct io_result r = twz_rt_fd_seek(fd, WHENCE_CURRENT, 0);
	CHECK_OK(r.err);
	return r.val;
}

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv;
	scratch_enter(envp);
	struct open_result f = t_open("f", OPEN_FLAG_READ | OPEN_FLAG_WRITE, CREATE_KIND_NEW);
	REQUIRE(f.err == 0);
	descriptor fd = f.fd;

	struct io_result r = twz_rt_fd_pwrite(fd, "0123456789", 10, NULL);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 10);
	CHECK_EQ(pos(fd), 10);

	/* explicit offsets */
	struct io_ctx at2 = {.flags = 0, .offset = 2};
	char buf[16] = {0};
	r = twz_rt_fd_pread(fd, buf, 3, &at2);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 3);
	CHECK(t_memeq(buf, "234", 3));
	CHECK_EQ(pos(fd), 10);
	r = twz_rt_fd_pwrite(fd, "ab", 2, &at2);
	CHECK_OK(r.err);
	CHECK_EQ(pos(fd), 10);
	struct io_ctx at20 = {.offset = 20};
	r = twz_rt_fd_pread(fd, buf, 3, &at20); /* past the end: end of file */
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 0);
	struct io_ctx neg = {.offset = -5};
	CHECK_EQ(twz_rt_fd_pread(fd, buf, 3, &neg).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(twz_rt_fd_pwrite(fd, buf, 3, &neg).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));

	/* FD_POS through a ctx, and NULL ctx */
	struct io_ctx cur = {.offset = FD_POS};
	r = twz_rt_fd_seek(fd, WHENCE_START, 1);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 1);
	r = twz_rt_fd_pread(fd, buf, 4, &cur);
	CHECK_EQ(r.val, 4);
	CHECK(t_memeq(buf, "1ab4", 4));
	CHECK_EQ(pos(fd), 5);
	r = twz_rt_fd_pread(fd, buf, 100, NULL);
	CHECK_EQ(r.val, 5);
	CHECK(t_memeq(buf, "56789", 5));
	r = twz_rt_fd_pread(fd, buf, 100, NULL);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 0);

	/* seek: every whence, END + offset like POSIX, negative results and unknown whence rejected */
	CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_END, 0).val, 10);
	CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_END, -3).val, 7);
	CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_END, 5).val, 15);
	CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_CURRENT, -5).val, 10);
	CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_CURRENT, 2).val, 12);
	CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_START, 4).val, 4);
	CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_START, -1).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_END, -11).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_CURRENT, -5).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(pos(fd), 4); /* failed seeks move nothing */
	CHECK_EQ(twz_rt_fd_seek(fd, 3, 0).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));

	/* writing past the end leaves a hole of zeros */
	CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_END, 2).val, 12);
	CHECK_EQ(twz_rt_fd_pwrite(fd, "Z", 1, NULL).val, 1);
	struct io_ctx at9 = {.offset = 9};
	r = twz_rt_fd_pread(fd, buf, 8, &at9);
	CHECK_EQ(r.val, 4);
	CHECK(t_memeq(buf, "9\0\0Z", 4));

	/* pwritev at an explicit offset: each iovec goes after the previous one */
	char x[3] = {'x', 'y', 'z'}, y[2] = {'P', 'Q'};
	struct iovec wv[2] = {{x, 3}, {y, 2}};
	struct io_ctx at0 = {.offset = 0};
	r = twz_rt_fd_pwritev(fd, wv, 2, &at0);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 5);
	CHECK_EQ(pos(fd), 13);
	/* preadv stops at the first short read: 13 bytes in the file, iovecs of 10, 10, 10 from offset 0 */
	char p1[10], p2[10], p3[10];
	p3[0] = '#';
	struct iovec rv[3] = {{p1, 10}, {p2, 10}, {p3, 10}};
	r = twz_rt_fd_preadv(fd, rv, 3, &at0);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 13);
	CHECK(t_memeq(p1, "xyzPQ56789", 10));
	CHECK(t_memeq(p2, "\0\0Z", 3));
	CHECK_EQ(p3[0], '#');
	/* with FD_POS (NULL ctx) the position advances by the total */
	CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_START, 3).val, 3);
	r = twz_rt_fd_preadv(fd, rv, 2, NULL);
	CHECK_EQ(r.val, 10);
	CHECK(t_memeq(p1, "PQ56789\0\0Z", 10));
	CHECK_EQ(pos(fd), 13);
	r = twz_rt_fd_preadv(fd, rv, 0, NULL);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 0);
	CHECK_EQ(twz_rt_fd_preadv(fd, NULL, 2, NULL).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));

	/* sockets-only calls */
	struct endpoint ep;
	CHECK_EQ(twz_rt_fd_pread_from(fd, buf, 1, NULL, &ep).err, TERR(GENERIC_ERROR, NOT_SUPPORTED));
	CHECK_EQ(twz_rt_fd_pwrite_to(fd, buf, 1, NULL, &ep).err, TERR(GENERIC_ERROR, NOT_SUPPORTED));

	/* a pipe cannot seek */
	struct open_result p = twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_READ | OPEN_FLAG_WRITE, NULL, 0);
	CHECK_OK(p.err);
	CHECK_EQ(twz_rt_fd_seek(p.fd, WHENCE_START, 0).err, TERR(GENERIC_ERROR, NOT_SUPPORTED));
	/* and ignores offsets */
	r = twz_rt_fd_pwrite(p.fd, "pipe", 4, &at20);
	CHECK_EQ(r.val, 4);
	r = twz_rt_fd_pread(p.fd, buf, 16, &at2);
	CHECK_EQ(r.val, 4);
	CHECK(t_memeq(buf, "pipe", 4));
	twz_rt_fd_close(p.fd);

	twz_rt_fd_close(fd);
	scratch_leave();
	return t_status();
}
