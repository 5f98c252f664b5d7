/* The object map benchmark's twzrt side (run by object_map.sh): prints "hot NS", "warm NS" and
 * "cold NS", nanoseconds per map+drop of
 *   hot   an object that is already mapped (a cache hit: refcount increment, no system call),
 *   warm  an object whose last handle was just released (its mapping waits on the inactive queue),
 *   cold  an object released with RELEASE_NO_CACHE (slot + mmap of the backing + munmap each time). */
#include <twizzler/rt/__all.h>
#include "twz_bench.h"
#include <twzrt/object.h>

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
	uint64_t t0 = bench_now_ns();
	for (int i = 0; i < HOT; i++) {
		struct map_result r = twz_rt_map_object(id.val, rw);
		twzrt_handle_drop(&r.handle);
	}
	bench_put("hot", bench_now_ns() - t0, HOT, 1);
	twzrt_handle_drop(&keep.handle);

	t0 = bench_now_ns();
	for (int i = 0; i < WARM; i++) {
		struct map_result r = twz_rt_map_object(id.val, rw);
		twzrt_handle_drop(&r.handle);
	}
	bench_put("warm", bench_now_ns() - t0, WARM, 1);

	t0 = bench_now_ns();
	for (int i = 0; i < COLD; i++) {
		struct map_result r = twz_rt_map_object(id.val, rw);
		if (r.error)
			fail("map failed\n");
		/* Touch one page, as a user of the mapping would. */
		*(volatile char *)((char *)r.handle.start + 0x1000) = 1;
		__atomic_fetch_sub((uint64_t *)r.handle.runtime_info, 1, __ATOMIC_RELEASE);
		twz_rt_release_handle(&r.handle, RELEASE_NO_CACHE);
	}
	bench_put("cold", bench_now_ns() - t0, COLD, 1);

	struct map_result r = twz_rt_map_object(id.val, rw);
	twz_rt_object_cmd(&r.handle, OBJECT_CMD_DELETE, NULL);
	twzrt_handle_drop(&r.handle);
	return 0;
}
