/* Name roots (Current is the working directory), canon_name's lexical normalisation, numeric socket
 * addresses, and resolve_name. */
#include "fd_scratch.h"

#define S(s) s, (sizeof s - 1)

static char out[4200];

static int canon_is(const char *name, const char *want)
{
	size_t n = sizeof out;
	twz_error e = twz_rt_canon_name(NameResolver_Default, name, t_strlen(name), out, &n);
	return e == 0 && n == t_strlen(want) && t_memeq(out, want, n);
}

static int root_is(enum name_root root, const char *want, size_t want_len)
{
	struct io_result r = twz_rt_get_nameroot(root, out, sizeof out);
	return r.err == 0 && r.val == want_len && t_memeq(out, want, want_len);
}

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv;
	scratch_enter(envp);
	CHECK(root_is(NameRoot_Current, scratch_path, scratch_len));
	CHECK(root_is(NameRoot_Root, "/", 1));

	/* Current: relative names follow it; ".." lexically */
	CHECK_OK(twz_rt_fd_mkns(S("sub")));
	CHECK_OK(twz_rt_set_nameroot(NameRoot_Current, S("sub")));
	struct io_result r = twz_rt_get_nameroot(NameRoot_Current, out, sizeof out);
	CHECK_EQ(r.val, scratch_len + 4);
	CHECK(t_memeq(out + scratch_len, "/sub", 4));
	struct open_result f = t_open("inner", OPEN_FLAG_WRITE, CREATE_KIND_NEW);
	CHECK_OK(f.err);
	twz_rt_fd_close(f.fd);
	CHECK_OK(twz_rt_set_nameroot(NameRoot_Current, S("./../sub/..")));
	CHECK(root_is(NameRoot_Current, scratch_path, scratch_len));
	CHECK_OK(twz_rt_resolve_name(NameResolver_Default, S("sub/inner")).err);
	CHECK_EQ(twz_rt_set_nameroot(NameRoot_Current, S("missing")), TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_EQ(twz_rt_set_nameroot(NameRoot_Current, S("sub/inner")), TERR(NAMING_ERROR, WRONG_NAME_KIND));
	CHECK_EQ(twz_rt_set_nameroot(NameRoot_Current, S("\xff")), TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK(root_is(NameRoot_Current, scratch_path, scratch_len)); /* failures change nothing */

	/* get_nameroot truncates without a NUL */
	r = twz_rt_get_nameroot(NameRoot_Current, out, 3);
	CHECK_EQ(r.val, 3);
	CHECK_EQ(twz_rt_get_nameroot((enum name_root)9, out, 3).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(twz_rt_set_nameroot((enum name_root)9, S("/")), TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));

	/* a stored root: relative paths resolve against its value */
	CHECK_OK(twz_rt_set_nameroot(NameRoot_Home, scratch_path, scratch_len));
	CHECK_OK(twz_rt_set_nameroot(NameRoot_Home, S("sub")));
	r = twz_rt_get_nameroot(NameRoot_Home, out, sizeof out);
	CHECK_EQ(r.val, scratch_len + 4);
	CHECK_EQ(twz_rt_set_nameroot(NameRoot_Home, S("inner")), TERR(NAMING_ERROR, WRONG_NAME_KIND));
	CHECK_OK(twz_rt_set_nameroot(NameRoot_Temp, S("/")));
	CHECK(root_is(NameRoot_Temp, "/", 1));
	r = twz_rt_get_nameroot(NameRoot_Exe, out, sizeof out);
	CHECK_OK(r.err);
	CHECK(r.val >= 1 && out[0] == '/');

	/* canon_name: absolute, lexical */
	CHECK(canon_is("/", "/"));
	CHECK(canon_is("/a/b/../c/./d//", "/a/c/d"));
	CHECK(canon_is("/../..", "/"));
	CHECK(canon_is("//x///y/.", "/x/y"));
	CHECK(canon_is("/a/b/c/../../..", "/"));
	CHECK(canon_is("/a/..b/.c", "/a/..b/.c"));
	CHECK_OK(twz_rt_set_nameroot(NameRoot_Current, S("/tmp")));
	CHECK(canon_is("x/../y", "/tmp/y"));
	CHECK(canon_is("", "/tmp"));
	CHECK(canon_is("..", "/"));
	size_t n = 4;
	CHECK_OK(twz_rt_canon_name(NameResolver_Default, S("/abcdef"), out, &n));
	CHECK_EQ(n, 4); /* truncated */
	CHECK(t_memeq(out, "/abc", 4));
	n = sizeof out;
	CHECK_EQ(twz_rt_canon_name(NameResolver_Default, S("/a\xe2\x82"), out, &n),
		 TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(twz_rt_canon_name(NameResolver_Default, S("/a"), out, NULL),
		 TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK(canon_is("/\xe2\x82\xac/\xf0\x9f\x98\x80", "/\xe2\x82\xac/\xf0\x9f\x98\x80")); /* valid UTF-8 */
	CHECK_OK(twz_rt_set_nameroot(NameRoot_Current, scratch_path, scratch_len));

	/* the socket resolver: numeric addresses */
	struct socket_address sa;
	n = sizeof sa;
	CHECK_OK(twz_rt_canon_name(NameResolver_Socket, S("10.1.2.3:8080"), (char *)&sa, &n));
	CHECK_EQ(n, sizeof sa);
	CHECK_EQ(sa.kind, AddrKind_Ipv4);
	CHECK(sa.addr_octets.v4[0] == 10 && sa.addr_octets.v4[3] == 3);
	CHECK_EQ(sa.port, 8080);
	n = sizeof sa;
	CHECK_OK(twz_rt_canon_name(NameResolver_Socket, S("[::1]:443"), (char *)&sa, &n));
	CHECK_EQ(sa.kind, AddrKind_Ipv6);
	CHECK_EQ(sa.port, 443);
	CHECK(sa.addr_octets.v6[15] == 1 && sa.addr_octets.v6[0] == 0);
	n = sizeof sa;
	CHECK_OK(twz_rt_canon_name(NameResolver_Socket, S("fe80::1:2%3"), (char *)&sa, &n));
	CHECK(sa.addr_octets.v6[0] == 0xfe && sa.addr_octets.v6[1] == 0x80 && sa.addr_octets.v6[13] == 1 &&
	      sa.addr_octets.v6[15] == 2);
	CHECK_EQ(sa.scope_id, 3);
	n = sizeof sa;
	CHECK_OK(twz_rt_canon_name(NameResolver_Socket, S("::ffff:1.2.3.4"), (char *)&sa, &n));
	CHECK(sa.addr_octets.v6[10] == 0xff && sa.addr_octets.v6[12] == 1 && sa.addr_octets.v6[15] == 4);
	n = sizeof sa;
	CHECK_OK(twz_rt_canon_name(NameResolver_Socket, S("localhost:22"), (char *)&sa, &n));
	CHECK(sa.kind == AddrKind_Ipv4 && sa.addr_octets.v4[0] == 127 && sa.port == 22);
	const char *bad[] = {"example.org", "1.2.3", "1.2.3.256", "1.2.3.4:70000",
			     "1::2::3",	    "[::1",  "1:2",	  ""};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		n = sizeof sa;
		CHECK_EQ(twz_rt_canon_name(NameResolver_Socket, bad[i], t_strlen(bad[i]), (char *)&sa, &n),
			 TERR(NAMING_ERROR, NOT_FOUND));
	}

	/* resolve_name */
	CHECK_EQ(twz_rt_resolve_name(NameResolver_Default, S("nope")).err, TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_EQ(twz_rt_resolve_name(NameResolver_Default, S("n\xff")).err,
		 TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	struct objid_result a = twz_rt_resolve_name(NameResolver_Default, S("sub"));
	struct objid_result b = twz_rt_resolve_name(NameResolver_Default, S("sub/../sub/."));
	CHECK_OK(a.err);
	CHECK(a.val == b.val && a.val != 0);

	scratch_leave();
	return t_status();
}
