/* OpenKind_Path: create kinds, exclusive create, truncate, tail, flag and argument errors, lowest free
 * numbers, reopen, and the binding recorded for read_binds. */
#include "fd_scratch.h"

static size_t write_str(descriptor fd, const char *s)
{
	struct io_result r = twz_rt_fd_pwrite(fd, s, t_strlen(s), NULL);
	CHECK_OK(r.err);
	return r.val;
}

static uint64_t file_len(descriptor fd)
{
	struct fd_info info;
	CHECK(twz_rt_fd_get_info(fd, &info));
	return info.len;
}

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv;
	scratch_enter(envp);
	const uint32_t RW = OPEN_FLAG_READ | OPEN_FLAG_WRITE;

	/* EXISTING on a missing name, then NEW creates, NEW again fails, EITHER opens. */
	CHECK_EQ(t_open("a", RW, CREATE_KIND_EXISTING).err, TERR(NAMING_ERROR, NOT_FOUND));
	struct open_result a = t_open("a", RW, CREATE_KIND_NEW);
	CHECK_OK(a.err);
	CHECK_EQ(a.fd, 3); /* the lowest free number */
	CHECK_EQ(write_str(a.fd, "hello world"), 11);
	CHECK_EQ(t_open("a", RW, CREATE_KIND_NEW).err, TERR(NAMING_ERROR, ALREADY_EXISTS));
	struct open_result b = t_open("a", OPEN_FLAG_READ, CREATE_KIND_EITHER);
	CHECK_OK(b.err);
	CHECK_EQ(b.fd, 4);
	char buf[32] = {0};
	struct io_result r = twz_rt_fd_pread(b.fd, buf, sizeof buf, NULL);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 11);
	CHECK(t_memeq(buf, "hello world", 11));
	/* read-only descriptor: writing fails */
	CHECK(twz_rt_fd_pwrite(b.fd, "x", 1, NULL).err != 0);
	twz_rt_fd_close(a.fd);
	struct open_result c = t_open("c", RW, CREATE_KIND_EITHER);
	CHECK_OK(c.err);
	CHECK_EQ(c.fd, 3); /* 3 was freed */
	twz_rt_fd_close(c.fd);

	/* TAIL: positioned at the end; writes land there. */
	struct open_result t = t_open("a", OPEN_FLAG_WRITE | OPEN_FLAG_TAIL, CREATE_KIND_EXISTING);
	CHECK_OK(t.err);
	r = twz_rt_fd_seek(t.fd, WHENCE_CURRENT, 0);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 11);
	write_str(t.fd, "!");
	CHECK_EQ(file_len(t.fd), 12);
	twz_rt_fd_close(t.fd);

	/* TRUNCATE needs WRITE; with it the file is emptied. */
	CHECK_EQ(t_open("a", OPEN_FLAG_READ | OPEN_FLAG_TRUNCATE, CREATE_KIND_EXISTING).err,
		 TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(file_len(b.fd), 12);
	struct open_result tr = t_open("a", OPEN_FLAG_WRITE | OPEN_FLAG_TRUNCATE, CREATE_KIND_EXISTING);
	CHECK_OK(tr.err);
	CHECK_EQ(file_len(b.fd), 0);
	twz_rt_fd_close(tr.fd);
	twz_rt_fd_close(b.fd);

	/* Argument errors. */
	struct open_info oi = t_open_info("a", CREATE_KIND_EXISTING);
	CHECK_EQ(twz_rt_fd_open(OpenKind_Path, RW, &oi, sizeof oi - 1).err,
		 TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(twz_rt_fd_open(OpenKind_Path, RW, NULL, 0).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	oi.create.kind = 3;
	CHECK_EQ(twz_rt_fd_open(OpenKind_Path, RW, &oi, sizeof oi).err,
		 TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	oi = t_open_info("a", CREATE_KIND_EXISTING);
	oi.len = NAME_DATA_MAX + 1;
	CHECK_EQ(twz_rt_fd_open(OpenKind_Path, RW, &oi, sizeof oi).err,
		 TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	oi = t_open_info("bad\xff", CREATE_KIND_EITHER);
	CHECK_EQ(twz_rt_fd_open(OpenKind_Path, RW, &oi, sizeof oi).err,
		 TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	oi = t_open_info("", CREATE_KIND_EITHER);
	CHECK_EQ(twz_rt_fd_open(OpenKind_Path, RW, &oi, sizeof oi).err, TERR(NAMING_ERROR, NOT_FOUND));
	oi = t_open_info("nul", CREATE_KIND_EITHER);
	oi.len = 4; /* "nul\0": an embedded NUL */
	CHECK_EQ(twz_rt_fd_open(OpenKind_Path, RW, &oi, sizeof oi).err, TERR(NAMING_ERROR, INVALID_NAME));
	CHECK_EQ(t_open("missing/x", RW, CREATE_KIND_EITHER).err, TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_EQ(t_open("a/x", RW, CREATE_KIND_EITHER).err, TERR(NAMING_ERROR, WRONG_NAME_KIND));

	/* Directories open as directory descriptors, read-only; writing one is refused. */
	CHECK_OK(twz_rt_fd_mkns("d", 1));
	struct open_result d = t_open("d", OPEN_FLAG_READ, CREATE_KIND_EITHER);
	CHECK_OK(d.err);
	struct fd_info info;
	CHECK(twz_rt_fd_get_info(d.fd, &info));
	CHECK_EQ(info.kind, FdKind_Directory);
	CHECK_EQ(twz_rt_fd_pread(d.fd, buf, 1, NULL).err, TERR(NAMING_ERROR, WRONG_NAME_KIND));
	twz_rt_fd_close(d.fd);
	CHECK_EQ(t_open("d", RW, CREATE_KIND_EXISTING).err, TERR(NAMING_ERROR, WRONG_NAME_KIND));

	/* An absolute name works as well as a relative one. */
	char abs[1100];
	size_t n = scratch_len;
	for (size_t i = 0; i < n; i++)
		abs[i] = scratch_path[i];
	abs[n++] = '/';
	abs[n++] = 'a';
	abs[n] = 0;
	struct open_result ab = t_open(abs, OPEN_FLAG_READ, CREATE_KIND_EXISTING);
	CHECK_OK(ab.err);

	/* read_binds records the Path binding with the open_info and flags. */
	static struct binding_info binds[8];
	size_t nb = twz_rt_fd_read_binds(binds, 8);
	CHECK_EQ(nb, 4);
	CHECK_EQ(binds[3].fd, ab.fd);
	CHECK_EQ(binds[3].kind, OpenKind_Path);
	CHECK_EQ(binds[3].flags, OPEN_FLAG_READ);
	CHECK_EQ(binds[3].bind_len, sizeof(struct open_info));
	CHECK_EQ(((struct open_info *)binds[3].bind_data)->len, n);

	/* reopen: the same number now names another file. */
	oi = t_open_info("c", CREATE_KIND_EXISTING);
	CHECK_OK(twz_rt_fd_reopen(ab.fd, OpenKind_Path, RW, &oi, sizeof oi));
	CHECK_EQ(write_str(ab.fd, "cc"), 2);
	CHECK_EQ(file_len(ab.fd), 2);
	CHECK_EQ(twz_rt_fd_reopen(ab.fd + 1, OpenKind_Path, RW, &oi, sizeof oi),
		 TERR(ARGUMENT_ERROR, BAD_HANDLE));
	oi = t_open_info("zz", CREATE_KIND_EXISTING);
	CHECK_EQ(twz_rt_fd_reopen(ab.fd, OpenKind_Path, RW, &oi, sizeof oi), TERR(NAMING_ERROR, NOT_FOUND));
	CHECK(twz_rt_fd_get_info(ab.fd, &info)); /* a failed reopen leaves the descriptor alone */
	CHECK_EQ(info.len, 2);
	twz_rt_fd_close(ab.fd);

	scratch_leave();
	return t_status();
}
