/* exec_spawn: exit status through IO_REGISTER_STATUS, PATH search, missing programs, descriptor
 * bindings (a child writing into our pipe, reading from it), non-blocking waits, and signals. */
#include "fd_scratch.h"

static struct open_result spawn(const char *prog, const char *const *args, const struct binding_info *binds,
				size_t nbinds, const char *const *env)
{
	struct exec_spawn_args a = {prog, args, env, binds, nbinds, 0};
	return twz_rt_exec_spawn(&a);
}

static uint64_t wait_status(descriptor fd)
{
	char c;
	struct io_result r = twz_rt_fd_pread(fd, &c, 1, NULL); /* blocks until the child ends */
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 0);
	uint64_t st = 0;
	CHECK_OK(twz_rt_fd_get_config(fd, IO_REGISTER_STATUS, &st, sizeof st));
	return st;
}

static struct binding_info pipe_bind(descriptor child_fd, uint32_t flags, objid id)
{
	struct binding_info b;
	for (size_t i = 0; i < sizeof b; i++)
		((char *)&b)[i] = 0;
	b.kind = OpenKind_Pipe;
	b.fd = child_fd;
	b.flags = flags;
	b.bind_len = sizeof(struct object_bind_info);
	struct object_bind_info obi = {id};
	for (size_t i = 0; i < sizeof obi; i++)
		b.bind_data[i] = ((uint8_t *)&obi)[i];
	return b;
}

static const struct binding_info *console_binds(void)
{
	static struct binding_info b[3];
	for (int i = 0; i < 3; i++) {
		b[i].kind = OpenKind_KernelConsole;
		b[i].fd = i;
		b[i].flags = OPEN_FLAG_READ | OPEN_FLAG_WRITE;
	}
	return b;
}

int main(void)
{
	/* exit status */
	const char *exit7[] = {"sh", "-c", "exit 7", NULL};
	struct open_result c = spawn("/bin/sh", exit7, NULL, 0, NULL);
	REQUIRE(c.err == 0);
	uint64_t st = wait_status(c.fd);
	CHECK_EQ(st & 0xffffffffu, 7);
	CHECK(st & STATUS_FLAG_TERMINATED);
	CHECK(st & STATUS_FLAG_READY);
	struct fd_info info;
	CHECK(twz_rt_fd_get_info(c.fd, &info));
	CHECK_EQ(info.kind, FdKind_Compartment);
	CHECK_EQ(wait_status(c.fd) & 0xffffffffu, 7); /* asking again gives the same */
	uint64_t sig = 15;
	CHECK_OK(twz_rt_fd_set_config(c.fd, IO_REGISTER_SIGNAL, &sig, sizeof sig)); /* ended: nothing to do */
	CHECK_EQ(twz_rt_fd_pwrite(c.fd, "x", 1, NULL).err, TERR(GENERIC_ERROR, NOT_SUPPORTED));
	CHECK_EQ(twz_rt_fd_seek(c.fd, WHENCE_START, 0).err, TERR(GENERIC_ERROR, NOT_SUPPORTED));
	twz_rt_fd_close(c.fd);

	/* PATH search from the environment we pass, and from ours */
	const char *path_env[] = {"PATH=/nonexistent:/usr/bin:/bin", NULL};
	const char *exit3[] = {"sh", "-c", "exit 3", NULL};
	c = spawn("sh", exit3, NULL, 0, path_env);
	REQUIRE(c.err == 0);
	CHECK_EQ(wait_status(c.fd) & 0xffffffffu, 3);
	twz_rt_fd_close(c.fd);
	c = spawn("true", NULL, console_binds(), 3, NULL);
	REQUIRE(c.err == 0);
	CHECK_EQ(wait_status(c.fd), STATUS_FLAG_TERMINATED | STATUS_FLAG_READY);
	twz_rt_fd_close(c.fd);

	/* missing programs */
	CHECK_EQ(spawn("/nonexistent/prog", NULL, NULL, 0, NULL).err, TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_EQ(spawn("no-such-program-twz", NULL, NULL, 0, path_env).err, TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_EQ(spawn("", NULL, NULL, 0, NULL).err, TERR(NAMING_ERROR, NOT_FOUND));
	CHECK_EQ(twz_rt_exec_spawn(NULL).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	struct fd_info none;
	CHECK(!twz_rt_fd_get_info(3, &none)); /* failures leave no descriptor behind */

	/* the child's stdout is our pipe */
	struct open_result p = twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_READ | OPEN_FLAG_WRITE, NULL, 0);
	REQUIRE(p.err == 0);
	CHECK(twz_rt_fd_get_info(p.fd, &info));
	struct binding_info b[3];
	b[0] = console_binds()[0];
	b[1] = pipe_bind(1, OPEN_FLAG_WRITE, info.id);
	b[2] = console_binds()[2];
	const char *echo[] = {"sh", "-c", "echo hello-from-child", NULL};
	c = spawn("/bin/sh", echo, b, 3, NULL);
	REQUIRE(c.err == 0);
	CHECK_EQ(wait_status(c.fd) & 0xffffffffu, 0);
	twz_rt_fd_close(c.fd);
	char buf[64];
	struct io_ctx nb = {.flags = IO_NONBLOCKING, .offset = FD_POS};
	struct io_result r = twz_rt_fd_pread(p.fd, buf, sizeof buf, &nb);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 17);
	CHECK(t_memeq(buf, "hello-from-child\n", 17));

	/* the child's stdin is our pipe: it runs until we write a line; meanwhile a non-blocking wait says
	 * WOULD_BLOCK and STATUS has no TERMINATED */
	b[0] = pipe_bind(0, OPEN_FLAG_READ, info.id);
	b[1] = console_binds()[1];
	const char *readline[] = {"sh", "-c", "read x; exit 5", NULL};
	c = spawn("/bin/sh", readline, b, 3, NULL);
	REQUIRE(c.err == 0);
	CHECK_EQ(twz_rt_fd_pread(c.fd, buf, 1, &nb).err, TERR(GENERIC_ERROR, WOULD_BLOCK));
	struct io_ctx timed = {.offset = FD_POS, .timeout = {{0, 10000000}, 1}};
	CHECK_EQ(twz_rt_fd_pread(c.fd, buf, 1, &timed).err, TERR(GENERIC_ERROR, TIMED_OUT));
	st = 0;
	CHECK_OK(twz_rt_fd_get_config(c.fd, IO_REGISTER_STATUS, &st, sizeof st));
	CHECK_EQ(st, STATUS_FLAG_READY);
	struct pollfd pf = {c.fd, POLLIN, 0};
	CHECK_EQ(twz_rt_fd_poll(&pf, 1, (struct option_duration){{0, 0}, 1}).val, 0);
	CHECK_EQ(twz_rt_fd_pwrite(p.fd, "line\n", 5, NULL).val, 5);
	pf.revents = 0;
	CHECK_EQ(twz_rt_fd_poll(&pf, 1, (struct option_duration){{0, 0}, 0}).val, 1);
	CHECK_EQ(wait_status(c.fd) & 0xffffffffu, 5);
	twz_rt_fd_close(c.fd);

	/* a signal ends a child that would otherwise wait forever */
	c = spawn("/bin/sh", readline, b, 3, NULL);
	REQUIRE(c.err == 0);
	sig = 0;
	CHECK_EQ(twz_rt_fd_set_config(c.fd, IO_REGISTER_SIGNAL, &sig, sizeof sig),
		 TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	sig = 9;
	CHECK_OK(twz_rt_fd_set_config(c.fd, IO_REGISTER_SIGNAL, &sig, sizeof sig));
	st = wait_status(c.fd);
	CHECK_EQ(st & 0xffffffffu, 128 + 9);
	twz_rt_fd_close(c.fd);

	/* bindings that cannot be honoured */
	struct binding_info bad = pipe_bind(1, OPEN_FLAG_WRITE, 999);
	CHECK_EQ(spawn("/bin/true", NULL, &bad, 1, NULL).err, TERR(NAMING_ERROR, NOT_FOUND));
	bad.kind = OpenKind_SocketConnect;
	CHECK_EQ(spawn("/bin/true", NULL, &bad, 1, NULL).err, TERR(GENERIC_ERROR, NOT_SUPPORTED));
	bad = console_binds()[1];
	bad.fd = -1;
	CHECK_EQ(spawn("/bin/true", NULL, &bad, 1, NULL).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	CHECK_EQ(spawn("/bin/true", NULL, NULL, 1, NULL).err, TERR(ARGUMENT_ERROR, INVALID_ARGUMENT));
	twz_rt_fd_close(p.fd);
	return t_status();
}
