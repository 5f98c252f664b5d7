/* fd_get_info: real kinds, sizes, modes and times; ids from (dev, ino) that match resolve_name; a
 * symlink opened with OPEN_FLAG_SYMLINK; a pipe. */
#include "fd_scratch.h"

#define S_IFMT 0170000
#define S_IFREG 0100000
#define S_IFDIR 0040000
#define S_IFLNK 0120000
#define S_IFIFO 0010000

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv;
	scratch_enter(envp);
	struct open_result f = t_open("f", OPEN_FLAG_READ | OPEN_FLAG_WRITE, CREATE_KIND_NEW);
	REQUIRE(f.err == 0);
	CHECK_EQ(twz_rt_fd_pwrite(f.fd, "12345", 5, NULL).val, 5);
	struct fd_info info;
	CHECK(!twz_rt_fd_get_info(f.fd, NULL));
	CHECK(twz_rt_fd_get_info(f.fd, &info));
	CHECK_EQ(info.kind, FdKind_Regular);
	CHECK_EQ(info.len, 5);
	CHECK_EQ(info.unix_mode & S_IFMT, S_IFREG);
	CHECK_EQ(info.flags & FD_IS_TERMINAL, 0);
	CHECK(info.modified.seconds > 0);
	CHECK(info.accessed.seconds > 0);
	CHECK(info.id != 0);
	struct objid_result id = twz_rt_resolve_name(NameResolver_Default, "f", 1);
	CHECK_OK(id.err);
	CHECK(id.val == info.id);

	/* a directory */
	CHECK_OK(twz_rt_fd_mkns("d", 1));
	struct open_result d = t_open("d", OPEN_FLAG_READ, CREATE_KIND_EXISTING);
	REQUIRE(d.err == 0);
	struct fd_info dinfo;
	CHECK(twz_rt_fd_get_info(d.fd, &dinfo));
	CHECK_EQ(dinfo.kind, FdKind_Directory);
	CHECK_EQ(dinfo.unix_mode & S_IFMT, S_IFDIR);
	CHECK(dinfo.id != info.id);
	twz_rt_fd_close(d.fd);

	/* a symlink: with OPEN_FLAG_SYMLINK the link itself, without it the target */
	CHECK_OK(twz_rt_fd_symlink("l", 1, "f", 1));
	struct open_result l = t_open("l", OPEN_FLAG_READ | OPEN_FLAG_SYMLINK, CREATE_KIND_EXISTING);
	REQUIRE(l.err == 0);
	struct fd_info linfo;
	CHECK(twz_rt_fd_get_info(l.fd, &linfo));
	CHECK_EQ(linfo.kind, FdKind_SymLink);
	CHECK_EQ(linfo.unix_mode & S_IFMT, S_IFLNK);
	CHECK_EQ(linfo.len, 1); /* the target's length */
	CHECK(linfo.id != info.id);
	char c;
	CHECK_EQ(twz_rt_fd_pread(l.fd, &c, 1, NULL).err, TERR(GENERIC_ERROR, NOT_SUPPORTED));
	twz_rt_fd_close(l.fd);
	CHECK_EQ(t_open("l", OPEN_FLAG_READ | OPEN_FLAG_SYMLINK, CREATE_KIND_NEW).err,
		 TERR(NAMING_ERROR, ALREADY_EXISTS));
	l = t_open("l", OPEN_FLAG_READ, CREATE_KIND_EXISTING);
	REQUIRE(l.err == 0);
	CHECK(twz_rt_fd_get_info(l.fd, &linfo));
	CHECK_EQ(linfo.kind, FdKind_Regular);
	CHECK(linfo.id == info.id);
	twz_rt_fd_close(l.fd);
	/* SYMLINK on a name that is not a link opens it normally */
	l = t_open("f", OPEN_FLAG_READ | OPEN_FLAG_SYMLINK, CREATE_KIND_EXISTING);
	REQUIRE(l.err == 0);
	CHECK(twz_rt_fd_get_info(l.fd, &linfo));
	CHECK_EQ(linfo.kind, FdKind_Regular);
	CHECK_EQ(twz_rt_fd_pread(l.fd, &c, 1, NULL).val, 1);
	twz_rt_fd_close(l.fd);

	/* a pipe: kind Pipe, the same id from both ends' records */
	struct open_result p = twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_READ | OPEN_FLAG_WRITE, NULL, 0);
	REQUIRE(p.err == 0);
	struct fd_info pinfo;
	CHECK(twz_rt_fd_get_info(p.fd, &pinfo));
	CHECK_EQ(pinfo.kind, FdKind_Pipe);
	CHECK_EQ(pinfo.unix_mode & S_IFMT, S_IFIFO);
	CHECK_EQ(pinfo.flags & FD_IS_TERMINAL, 0);
	uint32_t how = 1;
	CHECK_OK(twz_rt_fd_cmd(p.fd, FD_CMD_SHUTDOWN, &how, NULL));
	struct fd_info pinfo2;
	CHECK(twz_rt_fd_get_info(p.fd, &pinfo2));
	CHECK(pinfo2.id == pinfo.id);
	how = 3;
	CHECK_OK(twz_rt_fd_cmd(p.fd, FD_CMD_SHUTDOWN, &how, NULL));
	CHECK(twz_rt_fd_get_info(p.fd, &pinfo2)); /* both ends shut: still open, still a pipe */
	CHECK_EQ(pinfo2.kind, FdKind_Pipe);
	CHECK(pinfo2.id == pinfo.id);
	twz_rt_fd_close(p.fd);

	twz_rt_fd_close(f.fd);
	scratch_leave();
	return t_status();
}
