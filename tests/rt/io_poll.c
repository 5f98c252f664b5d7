/* Waiting on pipes: fd_poll and fd_select with timeouts, IO_NONBLOCKING (per call and through the
 * IO_FLAGS register) giving WOULD_BLOCK, io_ctx timeouts giving TIMED_OUT, and a second descriptor on the
 * same pipe opened by its id. */
#include "fd_scratch.h"

static const struct option_duration NOW = {{0, 0}, 1};
static const struct option_duration SHORT = {{0, 20000000}, 1}; /* 20 ms: only ever expected to expire */
static const struct option_duration FOREVER = {{0, 0}, 0};

int main(void)
{
	struct open_result p = twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_READ | OPEN_FLAG_WRITE, NULL, 0);
	REQUIRE(p.err == 0);
	descriptor fd = p.fd;
	char buf[8];

	/* empty pipe: non-blocking read would block; a timed read times out */
	struct io_ctx nb = {.flags = IO_NONBLOCKING, .offset = FD_POS};
	CHECK_EQ(twz_rt_fd_pread(fd, buf, 1, &nb).err, TERR(GENERIC_ERROR, WOULD_BLOCK));
	struct io_ctx timed = {.offset = FD_POS, .timeout = SHORT};
	CHECK_EQ(twz_rt_fd_pread(fd, buf, 1, &timed).err, TERR(GENERIC_ERROR, TIMED_OUT));
	uint32_t flags = IO_NONBLOCKING;
	CHECK_OK(twz_rt_fd_set_config(fd, IO_REGISTER_IO_FLAGS, &flags, 4));
	CHECK_EQ(twz_rt_fd_pread(fd, buf, 1, NULL).err, TERR(GENERIC_ERROR, WOULD_BLOCK));
	flags = 0;
	CHECK_OK(twz_rt_fd_get_config(fd, IO_REGISTER_IO_FLAGS, &flags, 4));
	CHECK_EQ(flags, IO_NONBLOCKING);
	CHECK_EQ(twz_rt_fd_set_config(fd, IO_REGISTER_IO_FLAGS, &flags, 2),
		 TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	flags = 0;
	CHECK_OK(twz_rt_fd_set_config(fd, IO_REGISTER_IO_FLAGS, &flags, 4));

	/* poll: writable, not readable; timeouts give 0 */
	struct pollfd pf[3] = {{fd, POLLIN, 77}, {fd, POLLOUT, 77}, {-1, POLLIN, 77}};
	struct io_result r = twz_rt_fd_poll(pf, 3, SHORT);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 1);
	CHECK_EQ(pf[0].revents, 0);
	CHECK_EQ(pf[1].revents & POLLOUT, POLLOUT);
	CHECK_EQ(pf[2].revents, 0);
	r = twz_rt_fd_poll(pf, 1, SHORT);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 0);
	r = twz_rt_fd_poll(pf, 1, NOW);
	CHECK_EQ(r.val, 0);
	struct pollfd closed = {500, POLLIN, 0};
	CHECK_EQ(twz_rt_fd_poll(&closed, 1, NOW).err, TERR(ARGUMENT_ERROR, BAD_HANDLE));

	/* select: the ABI reports an expired timeout as TIMED_OUT */
	fd_set rs, ws;
	FD_ZERO(&rs);
	FD_SET(fd, &rs);
	r = twz_rt_fd_select((size_t)fd + 1, &rs, NULL, NULL, SHORT);
	CHECK_EQ(r.err, TERR(GENERIC_ERROR, TIMED_OUT));
	FD_ZERO(&rs);
	FD_ZERO(&ws);
	FD_SET(fd, &rs);
	FD_SET(fd, &ws);
	FD_SET(1, &rs); /* stdio is /dev/null or a file under the test runner: ready */
	r = twz_rt_fd_select((size_t)fd + 1, &rs, &ws, NULL, FOREVER);
	CHECK_OK(r.err);
	CHECK(FD_ISSET(fd, &ws));
	CHECK(!FD_ISSET(fd, &rs));
	FD_ZERO(&rs);
	FD_SET(600, &rs);
	CHECK_EQ(twz_rt_fd_select(601, &rs, NULL, NULL, NOW).err, TERR(ARGUMENT_ERROR, BAD_HANDLE));
	CHECK_EQ(twz_rt_fd_select(5000, NULL, NULL, NULL, NOW).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));

	/* data makes it readable, for poll, select and a forever-poll */
	CHECK_EQ(twz_rt_fd_pwrite(fd, "hi", 2, NULL).val, 2);
	pf[0].revents = 0;
	r = twz_rt_fd_poll(pf, 1, FOREVER);
	CHECK_EQ(r.val, 1);
	CHECK_EQ(pf[0].revents & POLLIN, POLLIN);
	FD_ZERO(&rs);
	FD_SET(fd, &rs);
	r = twz_rt_fd_select((size_t)fd + 1, &rs, NULL, NULL, NOW);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 1);
	CHECK(FD_ISSET(fd, &rs));

	/* another descriptor on the same pipe, by id: its write end feeds our read end */
	struct fd_info info;
	CHECK(twz_rt_fd_get_info(fd, &info));
	struct object_bind_info obi = {info.id};
	struct open_result w = twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_WRITE, &obi, sizeof obi);
	CHECK_OK(w.err);
	CHECK_EQ(twz_rt_fd_pwrite(w.fd, "!", 1, NULL).val, 1);
	struct io_ctx all = {.flags = IO_WAITALL, .offset = FD_POS};
	r = twz_rt_fd_pread(fd, buf, 3, &all);
	CHECK_EQ(r.val, 3);
	CHECK(t_memeq(buf, "hi!", 3));
	/* the write-only descriptor cannot read: its read end is shut, which reads as end of file */
	r = twz_rt_fd_pread(w.fd, buf, 1, NULL);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 0);
	struct object_bind_info nobody = {12345};
	CHECK_EQ(twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_READ, &nobody, sizeof nobody).err,
		 TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_EQ(twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_READ, &nobody, 4).err,
		 TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));

	/* once every writer is gone, the reader sees POLLHUP and end of file */
	twz_rt_fd_close(w.fd);
	uint32_t how = 2;
	CHECK_OK(twz_rt_fd_cmd(fd, FD_CMD_SHUTDOWN, &how, NULL));
	pf[0].revents = 0;
	r = twz_rt_fd_poll(pf, 1, FOREVER);
	CHECK_EQ(r.val, 1);
	CHECK(pf[0].revents & (POLLHUP | POLLIN));
	CHECK_EQ(twz_rt_fd_pread(fd, buf, 1, &nb).val, 0);
	/* a shut write end polls as an error at once */
	pf[1].revents = 0;
	r = twz_rt_fd_poll(&pf[1], 1, FOREVER);
	CHECK_EQ(r.val, 1);
	CHECK(pf[1].revents & POLLERR);
	twz_rt_fd_close(fd);

	/* many entries (the heap path) */
	static struct pollfd many[40];
	for (int i = 0; i < 40; i++)
		many[i] = (struct pollfd){i % 3, POLLOUT, 0};
	r = twz_rt_fd_poll(many, 40, NOW);
	CHECK_OK(r.err);
	return t_status();
}
