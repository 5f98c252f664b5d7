/* fd_cmd: DUP (lowest free number, shared position), SYNC, TRUNCATE, SHUTDOWN; running out of numbers. */
#include "fd_scratch.h"

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv;
	scratch_enter(envp);
	struct open_result f = t_open("f", OPEN_FLAG_READ | OPEN_FLAG_WRITE, CREATE_KIND_NEW);
	REQUIRE(f.err == 0);
	CHECK_EQ(twz_rt_fd_pwrite(f.fd, "abcdef", 6, NULL).val, 6);

	descriptor d = -1;
	CHECK_OK(twz_rt_fd_cmd(f.fd, FD_CMD_DUP, NULL, &d));
	CHECK_EQ(d, f.fd + 1);
	CHECK_EQ(twz_rt_fd_cmd(f.fd, FD_CMD_DUP, NULL, NULL), TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	/* dup'ed descriptors share the position */
	CHECK_EQ(twz_rt_fd_seek(f.fd, WHENCE_START, 2).val, 2);
	CHECK_EQ(twz_rt_fd_seek(d, WHENCE_CURRENT, 0).val, 2);
	/* closing one leaves the other working */
	twz_rt_fd_close(f.fd);
	char c;
	struct io_result r = twz_rt_fd_pread(d, &c, 1, NULL);
	CHECK_EQ(r.val, 1);
	CHECK_EQ(c, 'c');

	CHECK_OK(twz_rt_fd_cmd(d, FD_CMD_SYNC, NULL, NULL));

	uint64_t len = 3;
	CHECK_OK(twz_rt_fd_cmd(d, FD_CMD_TRUNCATE, &len, NULL));
	struct fd_info info;
	CHECK(twz_rt_fd_get_info(d, &info));
	CHECK_EQ(info.len, 3);
	len = 100;
	CHECK_OK(twz_rt_fd_cmd(d, FD_CMD_TRUNCATE, &len, NULL));
	CHECK(twz_rt_fd_get_info(d, &info));
	CHECK_EQ(info.len, 100);
	CHECK_EQ(twz_rt_fd_cmd(d, FD_CMD_TRUNCATE, NULL, NULL), TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	len = (uint64_t)1 << 63;
	CHECK_EQ(twz_rt_fd_cmd(d, FD_CMD_TRUNCATE, &len, NULL), TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));

	uint32_t how = 3;
	CHECK_EQ(twz_rt_fd_cmd(d, FD_CMD_SHUTDOWN, &how, NULL), TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(twz_rt_fd_cmd(d, 99, NULL, NULL), TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));

	/* A pipe: SHUTDOWN 0 is invalid; shutting the write side gives the reader end of file, and the
	 * binding loses WRITE. */
	struct open_result p = twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_READ | OPEN_FLAG_WRITE, NULL, 0);
	REQUIRE(p.err == 0);
	CHECK_OK(twz_rt_fd_cmd(p.fd, FD_CMD_SYNC, NULL, NULL));
	how = 0;
	CHECK_EQ(twz_rt_fd_cmd(p.fd, FD_CMD_SHUTDOWN, &how, NULL), TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(twz_rt_fd_cmd(p.fd, FD_CMD_TRUNCATE, &len, NULL), TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(twz_rt_fd_pwrite(p.fd, "xy", 2, NULL).val, 2);
	how = 2;
	CHECK_OK(twz_rt_fd_cmd(p.fd, FD_CMD_SHUTDOWN, &how, NULL));
	char buf[8];
	r = twz_rt_fd_pread(p.fd, buf, 8, NULL);
	CHECK_EQ(r.val, 2);
	r = twz_rt_fd_pread(p.fd, buf, 8, NULL);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 0);
	CHECK_EQ(twz_rt_fd_pwrite(p.fd, "z", 1, NULL).err, TERR(IO_ERROR, RESET));
	static struct binding_info binds[8];
	size_t nb = twz_rt_fd_read_binds(binds, 8);
	CHECK(nb >= 5);
	for (size_t i = 0; i < nb; i++)
		if (binds[i].fd == p.fd) {
			CHECK_EQ(binds[i].kind, OpenKind_Pipe);
			CHECK_EQ(binds[i].flags, OPEN_FLAG_READ);
		}
	twz_rt_fd_close(p.fd);

	/* Fill the table with dups: 1024 numbers in all, then OUT_OF_NAMES. */
	int made = 0;
	descriptor n;
	twz_error err = 0;
	for (int i = 0; i < 2000; i++) {
		err = twz_rt_fd_cmd(d, FD_CMD_DUP, NULL, &n);
		if (err)
			break;
		made++;
	}
	CHECK_EQ(err, TERR(RESOURCE_ERROR, OUT_OF_NAMES));
	CHECK_EQ(made + 4, 1024); /* 0-2 stdio, d, and the dups */
	CHECK_EQ(t_open("f", OPEN_FLAG_READ, CREATE_KIND_EXISTING).err, TERR(RESOURCE_ERROR, OUT_OF_NAMES));
	for (descriptor i = 3; i < 1024; i++)
		if (i != d)
			twz_rt_fd_close(i);
	r = twz_rt_fd_seek(d, WHENCE_START, 0);
	CHECK_OK(r.err);
	twz_rt_fd_close(d);
	scratch_leave();
	return t_status();
}
