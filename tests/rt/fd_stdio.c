/* Descriptors 0-2 are the process's stdio; closed, invalid and out-of-range descriptors fail the way the
 * ABI says (BAD_HANDLE for I/O, INVALID_ARGUMENT for cmd/config, false from get_info, close a no-op). */
#include "tcheck.h"

int main(void)
{
	struct io_result r = twz_rt_fd_pwrite(2, "", 0, NULL);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 0);

	struct fd_info info;
	for (int fd = 0; fd < 3; fd++)
		CHECK(twz_rt_fd_get_info(fd, &info));

	static struct binding_info binds[4];
	size_t n = twz_rt_fd_read_binds(binds, 4);
	CHECK(n >= 3);
	for (size_t i = 0; i < 3 && i < n; i++) {
		CHECK_EQ(binds[i].fd, i);
		CHECK_EQ(binds[i].kind, OpenKind_KernelConsole);
	}
	CHECK_EQ(twz_rt_fd_read_binds(binds, 2), 2);

	/* Seeking stdio passes to the host: it works on a file and fails with IO/SEEK_FAILED otherwise. */
	r = twz_rt_fd_seek(1, WHENCE_CURRENT, 0);
	CHECK(r.err == 0 || r.err == ((twz_error)IO_ERROR << 32 | SEEK_FAILED));
	r = twz_rt_fd_seek(1, 7, 0);
	CHECK_EQ(r.err, (twz_error)ARGUMENT_ERROR << 32 | INVALID_ARGUMENT);

	/* Closed and invalid descriptors. */
	const descriptor bad[] = {-1, 3, 77, 1023, 1024, 5000, (descriptor)0x80000000};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		descriptor fd = bad[i];
		twz_rt_fd_close(fd); /* a no-op */
		CHECK(!twz_rt_fd_get_info(fd, &info));
		char c;
		CHECK_EQ(twz_rt_fd_pread(fd, &c, 1, NULL).err, (twz_error)ARGUMENT_ERROR << 32 | BAD_HANDLE);
		CHECK_EQ(twz_rt_fd_pwrite(fd, &c, 1, NULL).err, (twz_error)ARGUMENT_ERROR << 32 | BAD_HANDLE);
		CHECK_EQ(twz_rt_fd_seek(fd, WHENCE_START, 0).err,
			 (twz_error)ARGUMENT_ERROR << 32 | BAD_HANDLE);
		descriptor d;
		CHECK_EQ(twz_rt_fd_cmd(fd, FD_CMD_DUP, NULL, &d),
			 (twz_error)ARGUMENT_ERROR << 32 | INVALID_ARGUMENT);
		uint32_t v = 0;
		CHECK_EQ(twz_rt_fd_get_config(fd, IO_REGISTER_IO_FLAGS, &v, 4),
			 (twz_error)ARGUMENT_ERROR << 32 | INVALID_ARGUMENT);
		CHECK_EQ(twz_rt_fd_set_config(fd, IO_REGISTER_IO_FLAGS, &v, 4),
			 (twz_error)ARGUMENT_ERROR << 32 | INVALID_ARGUMENT);
		CHECK_EQ(twz_rt_fd_enumerate_names(fd, NULL, 0, 0).err,
			 (twz_error)ARGUMENT_ERROR << 32 | BAD_HANDLE);
		uint64_t *pt;
		uint64_t val;
		_Bool ready;
		CHECK_EQ(twz_rt_fd_waitpoint(fd, WAIT_READ, &pt, &val, &ready),
			 (twz_error)ARGUMENT_ERROR << 32 | BAD_HANDLE);
	}

	/* The IO_FLAGS register on stdio: exactly 4 bytes. */
	uint32_t flags = 123;
	CHECK_OK(twz_rt_fd_get_config(1, IO_REGISTER_IO_FLAGS, &flags, 4));
	CHECK_EQ(flags, 0);
	uint64_t wide;
	CHECK_EQ(twz_rt_fd_get_config(1, IO_REGISTER_IO_FLAGS, &wide, 8),
		 (twz_error)ARGUMENT_ERROR << 32 | INVALID_ARGUMENT);
	CHECK_EQ(twz_rt_fd_get_config(1, 999, &wide, 8), (twz_error)ARGUMENT_ERROR << 32 | INVALID_ARGUMENT);
	CHECK_EQ(twz_rt_fd_get_config(1, IO_REGISTER_STATUS, &wide, 8),
		 (twz_error)ARGUMENT_ERROR << 32 | INVALID_ARGUMENT);
	CHECK_EQ(twz_rt_fd_get_config(1, IO_REGISTER_PEER, &wide, 8),
		 (twz_error)GENERIC_ERROR << 32 | NOT_SUPPORTED);

	/* Kinds this runtime does not open. */
	CHECK_EQ(twz_rt_fd_open(OpenKind_Object, 0, NULL, 0).err,
		 (twz_error)GENERIC_ERROR << 32 | NOT_SUPPORTED);
	CHECK_EQ(twz_rt_fd_open(OpenKind_Compartment, 0, NULL, 0).err,
		 (twz_error)GENERIC_ERROR << 32 | NOT_SUPPORTED);
	CHECK_EQ(twz_rt_fd_open((enum open_kind)42, 0, NULL, 0).err,
		 (twz_error)ARGUMENT_ERROR << 32 | INVALID_ARGUMENT);

	/* A fresh KernelConsole descriptor writes to the process's output. */
	struct open_result c =
	    twz_rt_fd_open(OpenKind_KernelConsole, OPEN_FLAG_READ | OPEN_FLAG_WRITE, NULL, 0);
	CHECK_OK(c.err);
	CHECK_EQ(c.fd, 3);
	r = twz_rt_fd_pwrite(c.fd, "", 0, NULL);
	CHECK_OK(r.err);
	twz_rt_fd_close(c.fd);
	CHECK(!twz_rt_fd_get_info(c.fd, &info));
	return t_status();
}
