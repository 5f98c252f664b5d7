/* twz_rt_create_object and twz_rt_create_rtobj: every argument check, both lifetimes, initial contents
 * from sources (copy and zero-fill), ties, names, and the meta page a new object starts with. */
#include "object/otest.h"

static struct object_create spec_of(uint32_t lifetime, uint32_t prot)
{
	struct object_create s = {0, lifetime, BACKING_TYPE_NORMAL, 0, prot};
	return s;
}

static void test_bad_arguments(void)
{
	struct object_create s = spec_of(LIFETIME_TYPE_VOLATILE, RW);
	struct objid_result r = twz_rt_create_object(NULL, NULL, 0, NULL, 0, NULL, 0);
	CHECK_EQ(r.err, E_INVALID_ARGUMENT);
	CHECK_EQ(r.val, 0);

	s.backing = 1;
	CHECK_EQ(twz_rt_create_object(&s, NULL, 0, NULL, 0, NULL, 0).err, E_INVALID_ARGUMENT);
	s = spec_of(2, RW);
	CHECK_EQ(twz_rt_create_object(&s, NULL, 0, NULL, 0, NULL, 0).err, E_INVALID_ARGUMENT);
	s = spec_of(LIFETIME_TYPE_VOLATILE, 8);
	CHECK_EQ(twz_rt_create_object(&s, NULL, 0, NULL, 0, NULL, 0).err, E_INVALID_ARGUMENT);
	s = spec_of(LIFETIME_TYPE_VOLATILE, RW);
	s.flags = 4;
	CHECK_EQ(twz_rt_create_object(&s, NULL, 0, NULL, 0, NULL, 0).err, E_INVALID_ARGUMENT);

	/* Source ranges outside one object. */
	s = spec_of(LIFETIME_TYPE_VOLATILE, RW);
	struct object_source src = {0, 0, SLOT_SIZE - 0x1000, 0x2000};
	CHECK_EQ(twz_rt_create_object(&s, &src, 1, NULL, 0, NULL, 0).err, E_INVALID_ARGUMENT);
	src = (struct object_source){0, UINT64_MAX - 10, 0x1000, 100};
	CHECK_EQ(twz_rt_create_object(&s, &src, 1, NULL, 0, NULL, 0).err, E_INVALID_ARGUMENT);
	/* A source object that does not exist: nothing is left behind (not observable, but no crash). */
	src = (struct object_source){(objid)0x1234 << 64 | 0x5678, 0x1000, 0x1000, 0x1000};
	CHECK_EQ(twz_rt_create_object(&s, &src, 1, NULL, 0, NULL, 0).err, E_NOT_FOUND);

	/* A tie to id 0 is invalid; a name is not supported (no naming service). */
	struct object_tie tie = {0, 0};
	CHECK_EQ(twz_rt_create_object(&s, NULL, 0, &tie, 1, NULL, 0).err, E_INVALID_ARGUMENT);
	CHECK_EQ(twz_rt_create_object(&s, NULL, 0, NULL, 0, "name", 4).err, E_NOT_SUPPORTED);
}

static void test_volatile_and_meta(void)
{
	struct object_create s = spec_of(LIFETIME_TYPE_VOLATILE, MAP_FLAG_R);
	s.kuid = ((objid)0xabcdef << 64) | 42;
	struct objid_result r = twz_rt_create_object(&s, NULL, 0, NULL, 0, "", 0);
	CHECK_OK(r.err);
	REQUIRE(r.val != 0);
	struct object_handle h = ot_map(r.val, MAP_FLAG_R);
	const struct twzrt_meta_info *mi = h.meta;
	CHECK(mi->kuid == s.kuid);
	CHECK_EQ(mi->default_prot, MAP_FLAG_R);
	CHECK_EQ(mi->fotcount, 0);
	CHECK_EQ(ot_data(&h)[0], 0);
	twzrt_handle_drop(&h);

	/* Ties are accepted (and have no effect on Linux); so are NULL arrays with counts. */
	struct object_tie tie = {r.val, 0};
	s = spec_of(LIFETIME_TYPE_VOLATILE, RW);
	struct objid_result r2 = twz_rt_create_object(&s, NULL, 5, &tie, 1, NULL, 7);
	CHECK_OK(r2.err);
	CHECK(r2.val != 0 && r2.val != r.val);
	ot_delete(r2.val);
	ot_delete(r.val);
}

static void test_rtobj(void)
{
	struct objid_result a = twz_rt_create_rtobj(), b = twz_rt_create_rtobj();
	CHECK_OK(a.err);
	CHECK_OK(b.err);
	CHECK(a.val != 0 && b.val != 0 && a.val != b.val);
	struct object_handle h = ot_map(a.val, RW);
	ot_data(&h)[1] = 77;
	CHECK_EQ(ot_data(&h)[1], 77);
	CHECK_EQ(((struct twzrt_meta_info *)h.meta)->default_prot, RW);
	twzrt_handle_drop(&h);
	ot_delete(a.val);
	ot_delete(b.val);
}

static void test_sources(uint32_t lifetime)
{
	objid src = ot_new_volatile();
	struct object_handle hs = ot_map(src, RW);
	volatile uint64_t *d = ot_data(&hs);
	for (int i = 0; i < 1024; i++)
		d[i] = 0x1000 + (uint64_t)i;
	/* The last data page too, to check ranges near the top. */
	volatile uint64_t *top = (volatile uint64_t *)((char *)hs.start + SLOT_SIZE - 0x2000);
	top[0] = 0xfeed;

	struct object_source srcs[] = {
	    {src, 0x1000, 0x3000, 0x2000}, /* pages 1-2 of src -> pages 3-4 */
	    {0, 0, 0x3000, 0x10},	   /* zero-fill the first 16 bytes of that copy */
	    {src, SLOT_SIZE - 0x2000, 0x10000, 0x1000},
	    {src, 0x1000, 0x20000, 0}, /* empty: ignored */
	};
	struct object_create s = spec_of(lifetime, RW);
	struct objid_result r = twz_rt_create_object(&s, srcs, 4, NULL, 0, NULL, 0);
	CHECK_OK(r.err);
	REQUIRE(r.err == 0);
	struct object_handle h = ot_map(r.val, MAP_FLAG_R);
	volatile uint64_t *n = (volatile uint64_t *)((char *)h.start + 0x3000);
	CHECK_EQ(n[0], 0);
	CHECK_EQ(n[1], 0);
	CHECK_EQ(n[2], 0x1002);
	CHECK_EQ(n[1023], 0x1000 + 1023);
	CHECK_EQ(ot_data(&h)[0], 0);
	CHECK_EQ(*(volatile uint64_t *)((char *)h.start + 0x10000), 0xfeed);
	/* The source is unchanged. */
	CHECK_EQ(d[0], 0x1000);
	twzrt_handle_drop(&h);
	twzrt_handle_drop(&hs);
	ot_delete(r.val);
	ot_delete(src);
}

int main(void)
{
	test_bad_arguments();
	test_volatile_and_meta();
	test_rtobj();
	test_sources(LIFETIME_TYPE_VOLATILE);
	test_sources(LIFETIME_TYPE_PERSISTENT);
	return t_status();
}
