/* Map/unmap churn: 10,000 short-lived objects, 10,000 maps cycling over more objects than the inactive
 * queue holds, and persistent objects. Slots must be reused (few distinct addresses), and neither
 * descriptors nor memory may grow: object_churn_limits.sh runs this under a small descriptor limit,
 * and memory (VmRSS) is compared when /proc can be read through the fd layer. */
#include "object/otest.h"

#define MAX_STARTS 64

static void *starts[MAX_STARTS];
static int nstarts;

/* Records a slot address; ends the test when more than MAX_STARTS distinct ones appear (slots are not
 * reused). */
static void note_start(void *s)
{
	for (int i = 0; i < nstarts; i++)
		if (starts[i] == s)
			return;
	REQUIRE(nstarts < MAX_STARTS);
	starts[nstarts++] = s;
}

/* VmRSS in KiB from /proc/self/status, or 0 when it cannot be read. */
static uint64_t rss_kib(void)
{
	static struct open_info oi;
	static const char path[] = "/proc/self/status";
	static char buf[4096];
	oi.create.kind = CREATE_KIND_EXISTING;
	oi.len = sizeof path - 1;
	for (size_t i = 0; i < oi.len; i++)
		oi.name[i] = (uint8_t)path[i];
	struct open_result o = twz_rt_fd_open(OpenKind_Path, OPEN_FLAG_READ, &oi, sizeof oi);
	if (o.err)
		return 0;
	size_t n = 0;
	for (;;) {
		struct io_result r = twz_rt_fd_pread(o.fd, buf + n, sizeof buf - 1 - n, NULL);
		if (r.err || r.val == 0)
			break;
		n += r.val;
	}
	twz_rt_fd_close(o.fd);
	buf[n] = 0;
	for (size_t i = 0; i + 6 < n; i++) {
		if (buf[i] == 'V' && buf[i + 1] == 'm' && buf[i + 2] == 'R' && buf[i + 3] == 'S' &&
		    buf[i + 4] == 'S' && buf[i + 5] == ':') {
			uint64_t v = 0;
			for (size_t j = i + 6; j < n && buf[j] != 'k'; j++)
				if (buf[j] >= '0' && buf[j] <= '9')
					v = v * 10 + (uint64_t)(buf[j] - '0');
			return v;
		}
	}
	return 0;
}

/* Create, map, write, delete, release: 10,000 times. */
static void short_lived(int rounds)
{
	for (int i = 0; i < rounds; i++) {
		objid id = ot_new_volatile();
		struct object_handle h = ot_map(id, RW);
		note_start(h.start);
		ot_data(&h)[i % 512] = (uint64_t)i;
		CHECK_OK(twz_rt_object_cmd(&h, OBJECT_CMD_DELETE, NULL));
		twzrt_handle_drop(&h);
		if (t_failures > 10)
			return;
	}
}

/* 10,000 maps over 48 objects (more than the inactive queue's 32): evictions and re-maps. */
static void cycling(objid *ids, int nids, int rounds)
{
	for (int i = 0; i < rounds; i++) {
		int k = (i * 7) % nids;
		struct object_handle h = ot_map(ids[k], (i & 1) ? RW : MAP_FLAG_R);
		note_start(h.start);
		if (i & 1)
			ot_data(&h)[1] = (uint64_t)k;
		else
			CHECK(ot_data(&h)[1] == (uint64_t)k || ot_data(&h)[1] == 0);
		if (i % 5 == 0) {
			REQUIRE(__atomic_fetch_sub((uint64_t *)h.runtime_info, 1, __ATOMIC_RELEASE) == 1);
			twz_rt_release_handle(&h, RELEASE_NO_CACHE);
		} else {
			twzrt_handle_drop(&h);
		}
		if (t_failures > 10)
			return;
	}
}

static void persistent(int rounds)
{
	struct object_create s = {0, LIFETIME_TYPE_PERSISTENT, BACKING_TYPE_NORMAL, 0, RW};
	for (int i = 0; i < rounds; i++) {
		struct objid_result r = twz_rt_create_object(&s, NULL, 0, NULL, 0, NULL, 0);
		CHECK_OK(r.err);
		if (r.err)
			return;
		for (int j = 0; j < 5; j++) {
			struct object_handle h = ot_map(r.val, RW);
			note_start(h.start);
			ot_data(&h)[j] = (uint64_t)j + 1;
			twzrt_handle_drop(&h);
		}
		struct object_handle h = ot_map(r.val, MAP_FLAG_R);
		CHECK_EQ(ot_data(&h)[4], 5);
		CHECK_OK(twz_rt_object_cmd(&h, OBJECT_CMD_DELETE, NULL));
		twzrt_handle_drop(&h);
	}
}

int main(void)
{
	enum { NIDS = 48 };
	objid ids[NIDS];
	for (int i = 0; i < NIDS; i++)
		ids[i] = ot_new_volatile();

	/* Warm up (allocator caches, the tables), then measure. */
	short_lived(500);
	cycling(ids, NIDS, 500);
	uint64_t rss0 = rss_kib();
	short_lived(10000);
	cycling(ids, NIDS, 10000);
	uint64_t rss1 = rss_kib();
	persistent(100);

	/* 10,000 runtime_info records leaked would be megabytes; allow some slack for page-table pages. */
	if (rss0 && rss1)
		CHECK(rss1 < rss0 + 1024);
	for (int i = 0; i < NIDS; i++)
		ot_delete(ids[i]);
	return t_status();
}
