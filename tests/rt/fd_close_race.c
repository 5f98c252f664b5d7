/* Descriptors under threads: a read blocked on a pipe survives its descriptor being closed (the record
 * lives until the read ends), and many threads opening, duplicating and closing at once never get the
 * same number twice. */
#include "fd_scratch.h"

static descriptor pipe_fd;
static _Atomic int reader_started;
static struct io_result reader_result;

static void reader(size_t arg)
{
	(void)arg;
	char buf[8];
	__atomic_store_n(&reader_started, 1, __ATOMIC_RELEASE);
	reader_result = twz_rt_fd_pread(pipe_fd, buf, sizeof buf, NULL);
	twz_rt_exit(0);
}

#define WORKERS 4
#define ROUNDS 300
static _Atomic int errors;

static void churn(size_t arg)
{
	(void)arg;
	for (int i = 0; i < ROUNDS; i++) {
		struct open_result p =
		    twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_READ | OPEN_FLAG_WRITE, NULL, 0);
		if (p.err) {
			__atomic_fetch_add(&errors, 1, __ATOMIC_RELAXED);
			continue;
		}
		descriptor d;
		if (twz_rt_fd_cmd(p.fd, FD_CMD_DUP, NULL, &d) || d == p.fd)
			__atomic_fetch_add(&errors, 1, __ATOMIC_RELAXED);
		/* a record private to this thread: its data must come back unchanged */
		char c = (char)('a' + arg), got = 0;
		if (twz_rt_fd_pwrite(d, &c, 1, NULL).val != 1 ||
		    twz_rt_fd_pread(p.fd, &got, 1, NULL).val != 1 || got != c)
			__atomic_fetch_add(&errors, 1, __ATOMIC_RELAXED);
		twz_rt_fd_close(d);
		twz_rt_fd_close(p.fd);
	}
	twz_rt_exit(0);
}

int main(void)
{
	struct open_result p = twz_rt_fd_open(OpenKind_Pipe, OPEN_FLAG_READ | OPEN_FLAG_WRITE, NULL, 0);
	REQUIRE(p.err == 0);
	pipe_fd = p.fd;
	descriptor keep;
	CHECK_OK(twz_rt_fd_cmd(p.fd, FD_CMD_DUP, NULL, &keep));
	struct spawn_result t = twz_rt_spawn_thread((struct spawn_args){65536, (uintptr_t)reader, 0});
	REQUIRE(t.err == 0);
	while (!__atomic_load_n(&reader_started, __ATOMIC_ACQUIRE))
		twz_rt_yield_now();
	/* Whether the reader is already inside pread or not yet, it either reads "late" or finds the fd
	 * closed; it never reads a reused host fd. */
	twz_rt_fd_close(pipe_fd);
	CHECK_EQ(twz_rt_fd_pwrite(keep, "late", 4, NULL).val, 4);
	CHECK_OK(twz_rt_join_thread(t.id, (struct option_duration){{0, 0}, 0}));
	CHECK(reader_result.err == TERR(ARGUMENT_ERROR, BAD_HANDLE) ||
	      (reader_result.err == 0 && reader_result.val == 4));
	twz_rt_fd_close(keep);

	struct spawn_result w[WORKERS];
	for (int i = 0; i < WORKERS; i++) {
		w[i] = twz_rt_spawn_thread((struct spawn_args){65536, (uintptr_t)churn, (size_t)i});
		REQUIRE(w[i].err == 0);
	}
	for (int i = 0; i < WORKERS; i++)
		CHECK_OK(twz_rt_join_thread(w[i].id, (struct option_duration){{0, 0}, 0}));
	CHECK_EQ(errors, 0);
	struct fd_info info;
	for (descriptor fd = 3; fd < 64; fd++)
		CHECK(!twz_rt_fd_get_info(fd, &info));
	return t_status();
}
