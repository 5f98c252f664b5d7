/* The object map benchmark's twzrt side (run by object_map.sh): prints "hot NS", "warm NS" and
 * "cold NS", nanoseconds per map+drop of
 *   hot   an object that is already mapped (a cache hit: refcount increment, no system call),
 *   warm  an object whose last handle was just released (its mapping waits on the inactive queue),
 *   cold  an object released with RELEASE_NO_CACHE (slot + mmap of the backing + munmap each time). */
#include <twizzler/rt/__all.h>
#include <twzrt/object.h>

static uint64_t now_ns(void)
{
	struct duration d = twz_rt_get_monotonic_time();
	return d.seconds * 1000000000ull + d.nanos;
}

static void put(const char *name, uint64_t total_ns, uint64_t n)
{
	char buf[64];
	size_t k = 0;
	uint64_t tenths = total_ns * 10 / n;
	while (*name)
		buf[k++] = *name++;
	buf[k++] = ' ';
	char digits[24];
	int d = 0;
	uint64_t whole = tenths / 10;
	do {
		digits[d++] = (char)('0' + whole % 10);
		whole /= 10;
	} while (whole);
	while (d)
		buf[k++] = digits[--d];
	buf[k++] = '.';
	buf[k++] = (char)('0' + tenths % 10);
	buf[k++] = '\n';
	twz_rt_fd_pwrite(1, buf, k, NULL);
}

static void fail(const char *what)
{
	twz_rt_fd_pwrite(2, what, __builtin_strlen(what), NULL);
	twz_rt_exit(1);
}

int main(void)
{
	enum { HOT = 2000000, WARM = 1000000, COLD = 20000 };
	struct object_create spec = {0, LIFETIME_TYPE_PERSISTENT, BACKING_TYPE_NORMAL, 0,
				     MAP_FLAG_R | MAP_FLAG_W};
	struct objid_result id = twz_rt_create_object(&spec, NULL, 0, NULL, 0, NULL, 0);
	if (id.err)
		fail("create failed\n");
	map_flags rw = MAP_FLAG_R | MAP_FLAG_W;

	struct map_result keep = twz_rt_map_object(id.val, rw);
	if (keep.error)
		fail("map failed\n");
	uint64_t t0 = now_ns();
	for (int i = 0; i < HOT; i++) {
		struct map_result r = twz_rt_map_object(id.val, rw);
		twzrt_handle_drop(&r.handle);
	}
	put("hot", now_ns() - t0, HOT);
	twzrt_handle_drop(&keep.handle);

	t0 = now_ns();
	for (int i = 0; i < WARM; i++) {
		struct map_result r = twz_rt_map_object(id.val, rw);
		twzrt_handle_drop(&r.handle);
	}
	put("warm", now_ns() - t0, WARM);

	t0 = now_ns();
	for (int i = 0; i < COLD; i++) {
		struct map_result r = twz_rt_map_object(id.val, rw);
		if (r.error)
			fail("map failed\n");
		/* Touch one page, as a user of the mapping would. */
		*(volatile char *)((char *)r.handle.start + 0x1000) = 1;
		__atomic_fetch_sub((uint64_t *)r.handle.runtime_info, 1, __ATOMIC_RELEASE);
		twz_rt_release_handle(&r.handle, RELEASE_NO_CACHE);
	}
	put("cold", now_ns() - t0, COLD);

	struct map_result r = twz_rt_map_object(id.val, rw);
	twz_rt_object_cmd(&r.handle, OBJECT_CMD_DELETE, NULL);
	twzrt_handle_drop(&r.handle);
	return 0;
}
