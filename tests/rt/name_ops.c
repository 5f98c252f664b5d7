/* Namespace operations: mkns, remove, rename, symlink, readlink, enumerate_names, and invalid UTF-8. */
#include "fd_scratch.h"

#define S(s) s, (sizeof s - 1)

static void touch(const char *name, const char *content)
{
	struct open_result f = t_open(name, OPEN_FLAG_WRITE, CREATE_KIND_EITHER);
	CHECK_OK(f.err);
	twz_rt_fd_pwrite(f.fd, content, t_strlen(content), NULL);
	twz_rt_fd_close(f.fd);
}

static uint64_t len_of(const char *name)
{
	struct open_result f = t_open(name, OPEN_FLAG_READ, CREATE_KIND_EXISTING);
	struct fd_info info = {0};
	if (!f.err) {
		twz_rt_fd_get_info(f.fd, &info);
		twz_rt_fd_close(f.fd);
	}
	return f.err ? (uint64_t)-1 : info.len;
}

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv;
	scratch_enter(envp);
	const twz_error BADARG = TERR(ARGUMENT_ERROR, INVALID_ARGUMENT);

	/* mkns */
	CHECK_OK(twz_rt_fd_mkns(S("dir")));
	CHECK_EQ(twz_rt_fd_mkns(S("dir")), TERR(NAMING_ERROR, ALREADY_EXISTS));
	CHECK_EQ(twz_rt_fd_mkns(S("no/such")), TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_EQ(twz_rt_fd_mkns(S("bad\xc3")), BADARG);

	/* remove: files, empty directories, NOT_FOUND, NOT_EMPTY */
	touch("dir/x", "x");
	CHECK_EQ(t_remove("dir"), TERR(NAMING_ERROR, NOT_EMPTY));
	CHECK_EQ(t_remove("nothing"), TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_OK(t_remove("dir/x"));
	CHECK_OK(t_remove("dir"));
	CHECK_EQ(t_remove("dir"), TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_EQ(twz_rt_fd_remove(S("\xed\xa0\x80")), BADARG); /* an encoded surrogate */

	/* rename: replaces a file, never a directory */
	touch("a", "aaa");
	touch("b", "b");
	CHECK_OK(twz_rt_fd_rename(S("a"), S("b")));
	CHECK_EQ(len_of("b"), 3);
	CHECK_EQ(len_of("a"), (uint64_t)-1);
	CHECK_EQ(twz_rt_fd_rename(S("a"), S("c")), TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_OK(twz_rt_fd_mkns(S("d1")));
	CHECK_OK(twz_rt_fd_mkns(S("d2")));
	CHECK_EQ(twz_rt_fd_rename(S("b"), S("d1")), TERR(NAMING_ERROR, ALREADY_EXISTS));
	CHECK_EQ(twz_rt_fd_rename(S("d1"), S("d2")), TERR(NAMING_ERROR, ALREADY_EXISTS));
	CHECK_EQ(twz_rt_fd_rename(S("d1"), S("b")), TERR(NAMING_ERROR, ALREADY_EXISTS));
	CHECK_OK(twz_rt_fd_rename(S("d1"), S("d3")));
	CHECK_OK(twz_rt_fd_rename(S("b"), S("d3/b")));
	CHECK_EQ(len_of("d3/b"), 3);
	CHECK_EQ(twz_rt_fd_rename(S("d3/b"), S("ok\xff")), BADARG);
	CHECK_EQ(twz_rt_fd_rename(S("\xc0\xaf"), S("x")), BADARG); /* overlong '/' */

	/* symlink and readlink */
	CHECK_OK(twz_rt_fd_symlink(S("ln"), S("d3/b")));
	CHECK_EQ(twz_rt_fd_symlink(S("ln"), S("other")), TERR(NAMING_ERROR, ALREADY_EXISTS));
	CHECK_EQ(twz_rt_fd_symlink(S("ln2"), S("t\xf5")), BADARG);
	CHECK_OK(twz_rt_fd_symlink(S("dangling"), S("nowhere")));
	char buf[16];
	uint64_t n = 99;
	CHECK_OK(twz_rt_fd_readlink(S("ln"), buf, sizeof buf, &n));
	CHECK_EQ(n, 4);
	CHECK(t_memeq(buf, "d3/b", 4));
	CHECK_OK(twz_rt_fd_readlink(S("ln"), buf, 2, &n)); /* truncated */
	CHECK_EQ(n, 2);
	CHECK_EQ(len_of("ln"), 3); /* opening follows the link */
	CHECK_EQ(twz_rt_fd_readlink(S("d3"), buf, sizeof buf, &n), TERR(NAMING_ERROR, WRONG_NAME_KIND));
	CHECK_EQ(twz_rt_fd_readlink(S("none"), buf, sizeof buf, &n), TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_EQ(twz_rt_fd_readlink(S("ln\x80"), buf, sizeof buf, &n), BADARG);
	CHECK_EQ(twz_rt_resolve_name(NameResolver_Default, S("dangling")).err, TERR(NAMING_ERROR, NOT_FOUND));

	/* enumerate_names: a directory with files, a directory and symlinks */
	CHECK_OK(twz_rt_fd_mkns(S("e")));
	touch("e/f1", "1");
	touch("e/f2", "22");
	CHECK_OK(twz_rt_fd_mkns(S("e/sub")));
	CHECK_OK(twz_rt_fd_symlink(S("e/link"), S("f2")));
	struct open_result e = t_open("e", OPEN_FLAG_READ, CREATE_KIND_EXISTING);
	REQUIRE(e.err == 0);
	static struct name_entry ents[8];
	struct io_result r = twz_rt_fd_enumerate_names(e.fd, ents, 8, 0);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 4);
	int seen = 0;
	for (size_t i = 0; i < r.val && i < 8; i++) {
		struct name_entry *x = &ents[i];
		if (x->name_len == 2 && t_memeq(x->name, "f1", 2)) {
			seen |= 1;
			CHECK_EQ(x->info.kind, FdKind_Regular);
			CHECK_EQ(x->info.len, 1);
			CHECK_EQ(x->linkname_len, 0);
		} else if (x->name_len == 2 && t_memeq(x->name, "f2", 2)) {
			seen |= 2;
			CHECK_EQ(x->info.len, 2);
		} else if (x->name_len == 3 && t_memeq(x->name, "sub", 3)) {
			seen |= 4;
			CHECK_EQ(x->info.kind, FdKind_Directory);
		} else if (x->name_len == 4 && t_memeq(x->name, "link", 4)) {
			seen |= 8;
			CHECK_EQ(x->info.kind, FdKind_SymLink);
			CHECK_EQ(x->linkname_len, 2);
			CHECK(t_memeq(x->name + 4, "f2", 2));
		}
	}
	CHECK_EQ(seen, 15);
	/* chunks of one, with off counting entries; 0 at the end; skipping past the end */
	for (size_t i = 0; i < 4; i++) {
		struct name_entry one;
		r = twz_rt_fd_enumerate_names(e.fd, &one, 1, i);
		CHECK_OK(r.err);
		CHECK_EQ(r.val, 1);
		CHECK_EQ(one.name_len, ents[i].name_len);
		CHECK(t_memeq(one.name, ents[i].name, one.name_len));
	}
	CHECK_EQ(twz_rt_fd_enumerate_names(e.fd, ents, 8, 4).val, 0);
	CHECK_EQ(twz_rt_fd_enumerate_names(e.fd, ents, 8, 100).val, 0);
	r = twz_rt_fd_enumerate_names(e.fd, ents, 8, 2); /* backwards again */
	CHECK_EQ(r.val, 2);
	CHECK_EQ(twz_rt_fd_enumerate_names(e.fd, NULL, 4, 0).err, BADARG);
	twz_rt_fd_close(e.fd);
	struct open_result nf = t_open("e/f1", OPEN_FLAG_READ, CREATE_KIND_EXISTING);
	CHECK_EQ(twz_rt_fd_enumerate_names(nf.fd, ents, 8, 0).err, TERR(NAMING_ERROR, WRONG_NAME_KIND));
	twz_rt_fd_close(nf.fd);
	/* an empty directory lists nothing */
	struct open_result s = t_open("e/sub", OPEN_FLAG_READ, CREATE_KIND_EXISTING);
	CHECK_EQ(twz_rt_fd_enumerate_names(s.fd, ents, 8, 0).val, 0);
	twz_rt_fd_close(s.fd);

	scratch_leave();
	return t_status();
}
