/* Helpers shared by the object and handle tests (tests/rt/object_*.c, handle_*.c). */
#ifndef TWZ_TESTS_OTEST_H
#define TWZ_TESTS_OTEST_H

#include <tcheck.h>
#include <twzrt/object.h>

#define E_INVALID_ARGUMENT (((twz_error)ARGUMENT_ERROR << 32) | INVALID_ARGUMENT)
#define E_NOT_SUPPORTED (((twz_error)GENERIC_ERROR << 32) | NOT_SUPPORTED)
#define E_ACCESS_DENIED (((twz_error)GENERIC_ERROR << 32) | ACCESS_DENIED)
#define E_NOT_FOUND (((twz_error)NAMING_ERROR << 32) | NOT_FOUND)
#define E_OUT_OF_RESOURCES (((twz_error)RESOURCE_ERROR << 32) | OUT_OF_RESOURCES)
#define E_INVALID_FOTE (((twz_error)OBJECT_ERROR << 32) | INVALID_FOTE)

#define RW (MAP_FLAG_R | MAP_FLAG_W)
#define SLOT_SIZE ((uintptr_t)1 << 30)

/* A new volatile object with default protections R|W. */
static inline objid ot_new_volatile(void)
{
	struct object_create spec = {0, LIFETIME_TYPE_VOLATILE, BACKING_TYPE_NORMAL, 0, RW};
	struct objid_result r = twz_rt_create_object(&spec, NULL, 0, NULL, 0, NULL, 0);
	REQUIRE(r.err == 0 && r.val != 0);
	return r.val;
}

/* Maps id, which must succeed. */
static inline struct object_handle ot_map(objid id, map_flags flags)
{
	struct map_result r = twz_rt_map_object(id, flags);
	CHECK_OK(r.error);
	REQUIRE(r.error == 0);
	return r.handle;
}

static inline uint64_t ot_refs(const struct object_handle *h)
{
	return __atomic_load_n((uint64_t *)h->runtime_info, __ATOMIC_RELAXED);
}

static inline void ot_delete(objid id)
{
	struct object_handle h = ot_map(id, MAP_FLAG_R);
	CHECK_OK(twz_rt_object_cmd(&h, OBJECT_CMD_DELETE, NULL));
	twzrt_handle_drop(&h);
}

/* The data area of a mapping (object offset 0x1000). */
static inline volatile uint64_t *ot_data(const struct object_handle *h)
{
	return (volatile uint64_t *)((char *)h->start + 0x1000);
}

/* Writes an object id as 32 hex digits and a newline to fd. */
static inline void ot_put_id(int fd, objid id)
{
	char buf[33];
	for (int i = 0; i < 32; i++)
		buf[i] = "0123456789abcdef"[(unsigned)(id >> (124 - 4 * i)) & 15];
	buf[32] = '\n';
	twz_rt_fd_pwrite(fd, buf, sizeof buf, NULL);
}

/* Parses 32 hex digits; 0 on junk. */
static inline objid ot_parse_id(const char *s)
{
	objid id = 0;
	for (int i = 0; i < 32; i++) {
		char c = s[i];
		unsigned d;
		if (c >= '0' && c <= '9')
			d = (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			d = (unsigned)(c - 'a' + 10);
		else
			return 0;
		id = (id << 4) | d;
	}
	return s[32] == 0 ? id : 0;
}

#endif
