/* The foreign object table: twz_rt_insert_fot (claim, dedupe, reuse of deleted entries, full table),
 * twz_rt_resolve_fot (errors, mapping, the per-handle cache), twz_rt_resolve_fot_local, and invariant
 * pointers across two objects with the twzrt/object.h helpers. */
#include "object/otest.h"

static struct twzrt_fot_entry *fote(const struct object_handle *h, uint32_t idx)
{
	return (struct twzrt_fot_entry *)((char *)h->meta - 32 * (idx + 1));
}

static void test_insert(void)
{
	objid a = ot_new_volatile(), b = ot_new_volatile(), c = ot_new_volatile();
	struct object_handle ha = ot_map(a, RW);
	const struct twzrt_meta_info *mi = ha.meta;

	struct twzrt_fot_entry eb = twzrt_fot_entry_for(b), ec = twzrt_fot_entry_for(c);
	struct u32_result r = twz_rt_insert_fot(&ha, &eb);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 1);
	CHECK_EQ(mi->fotcount, 1);
	CHECK_EQ(fote(&ha, 1)->flags, TWZRT_FOT_ALLOCATED | TWZRT_FOT_ACTIVE);
	CHECK(twzrt_fot_entry_id(fote(&ha, 1)) == b);
	CHECK_EQ(fote(&ha, 1)->values[0], (uint64_t)(b >> 64));
	/* The same entry again: deduplicated. */
	r = twz_rt_insert_fot(&ha, &eb);
	CHECK_EQ(r.val, 1);
	/* Another target: the next index; caller flags kept except DELETED. */
	ec.flags = TWZRT_FOT_DELETED | 0x100;
	r = twz_rt_insert_fot(&ha, &ec);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, 2);
	CHECK_EQ(fote(&ha, 2)->flags, TWZRT_FOT_ALLOCATED | TWZRT_FOT_ACTIVE | 0x100);
	CHECK_EQ(mi->fotcount, 2);
	/* A deleted entry is reused. */
	__atomic_or_fetch(&fote(&ha, 1)->flags, TWZRT_FOT_DELETED, __ATOMIC_RELEASE);
	r = twz_rt_insert_fot(&ha, &ec);
	CHECK_EQ(r.val, 2); /* still deduplicated against entry 2 */
	struct twzrt_fot_entry ed = twzrt_fot_entry_for(a);
	r = twz_rt_insert_fot(&ha, &ed);
	CHECK_EQ(r.val, 1);
	CHECK_EQ(fote(&ha, 1)->flags, TWZRT_FOT_ALLOCATED | TWZRT_FOT_ACTIVE);

	/* Errors: NULL arguments, a read-only mapping. */
	CHECK_EQ(twz_rt_insert_fot(NULL, &eb).err, E_INVALID_ARGUMENT);
	CHECK_EQ(twz_rt_insert_fot(&ha, NULL).err, E_INVALID_ARGUMENT);
	struct object_handle ro = ot_map(a, MAP_FLAG_R);
	r = twz_rt_insert_fot(&ro, &eb);
	CHECK_EQ(r.err, E_ACCESS_DENIED);
	CHECK_EQ(r.val, 0);
	twzrt_handle_drop(&ro);

	twzrt_handle_drop(&ha);
	ot_delete(a);
	ot_delete(b);
	ot_delete(c);
}

static void test_full_table(void)
{
	objid a = ot_new_volatile();
	struct object_handle ha = ot_map(a, RW);
	/* Fill every entry by hand, then ask for one more. */
	for (uint32_t i = 1; i <= TWZRT_FOT_MAX; i++) {
		struct twzrt_fot_entry *e = fote(&ha, i);
		e->values[0] = 1;
		e->values[1] = i;
		e->flags = TWZRT_FOT_ALLOCATED | TWZRT_FOT_ACTIVE;
	}
	((struct twzrt_meta_info *)ha.meta)->fotcount = TWZRT_FOT_MAX;
	struct twzrt_fot_entry e = twzrt_fot_entry_for(((objid)2 << 64) | 5);
	struct u32_result r = twz_rt_insert_fot(&ha, &e);
	CHECK_EQ(r.err, E_OUT_OF_RESOURCES);
	/* The last entry is found (dedupe scans the whole table). */
	e = twzrt_fot_entry_for(((objid)1 << 64) | TWZRT_FOT_MAX);
	r = twz_rt_insert_fot(&ha, &e);
	CHECK_OK(r.err);
	CHECK_EQ(r.val, TWZRT_FOT_MAX);
	twzrt_handle_drop(&ha);
	ot_delete(a);
}

static void test_resolve(void)
{
	objid a = ot_new_volatile(), b = ot_new_volatile();
	struct object_handle ha = ot_map(a, RW);
	struct twzrt_fot_entry eb = twzrt_fot_entry_for(b);
	uint32_t idx = twz_rt_insert_fot(&ha, &eb).val;
	REQUIRE(idx == 1);

	/* Errors. */
	CHECK_EQ(twz_rt_resolve_fot(&ha, 0, 0, RW).error, E_INVALID_ARGUMENT);
	CHECK_EQ(twz_rt_resolve_fot(NULL, 1, 0, RW).error, E_INVALID_ARGUMENT);
	CHECK_EQ(twz_rt_resolve_fot(&ha, 2, 0, RW).error, E_INVALID_FOTE);     /* never allocated */
	CHECK_EQ(twz_rt_resolve_fot(&ha, 70000, 0, RW).error, E_INVALID_FOTE); /* past any table */
	struct twzrt_fot_entry *e3 = fote(&ha, 3);
	e3->values[1] = 5;
	e3->flags = TWZRT_FOT_ALLOCATED; /* not active */
	CHECK_EQ(twz_rt_resolve_fot(&ha, 3, 0, RW).error, E_INVALID_FOTE);
	e3->flags = TWZRT_FOT_ALLOCATED | TWZRT_FOT_ACTIVE | TWZRT_FOT_DELETED;
	CHECK_EQ(twz_rt_resolve_fot(&ha, 3, 0, RW).error, E_INVALID_FOTE);
	e3->flags = TWZRT_FOT_ALLOCATED | TWZRT_FOT_ACTIVE | TWZRT_FOT_RESOLVER;
	CHECK_EQ(twz_rt_resolve_fot(&ha, 3, 0, RW).error, E_NOT_SUPPORTED);
	e3->values[0] = 0x77;
	e3->flags = TWZRT_FOT_ALLOCATED | TWZRT_FOT_ACTIVE; /* no such object */
	CHECK_EQ(twz_rt_resolve_fot(&ha, 3, 0, RW).error, E_NOT_FOUND);
	e3->flags = 0;

	/* Not resolved yet: the fast path knows nothing. */
	CHECK(twz_rt_resolve_fot_local(ha.start, 1, 0, RW) == NULL);
	struct map_result m = twz_rt_resolve_fot(&ha, 1, 0, RW);
	CHECK_OK(m.error);
	CHECK(m.handle.id == b && m.handle.start != NULL && m.handle.start != ha.start);
	CHECK_EQ(m.handle.map_flags, RW);
	/* Two references: the caller's and ha's FOT cache. */
	CHECK_EQ(ot_refs(&m.handle), 2);
	/* Now the fast path works from any address in a, and only for the same flags. */
	CHECK(twz_rt_resolve_fot_local(ha.start, 1, 0, RW) == m.handle.start);
	CHECK(twz_rt_resolve_fot_local((char *)ha.meta + 100, 1, 0, RW) == m.handle.start);
	CHECK(twz_rt_resolve_fot_local(ha.start, 1, 0, MAP_FLAG_R) == NULL);
	CHECK(twz_rt_resolve_fot_local(ha.start, 2, 0, RW) == NULL);
	int local;
	CHECK(twz_rt_resolve_fot_local(&local, 1, 0, RW) == NULL);
	/* A second resolution hits the cache; a plain map of b is the same mapping too. */
	struct map_result m2 = twz_rt_resolve_fot(&ha, 1, 0, RW);
	CHECK(m2.handle.runtime_info == m.handle.runtime_info);
	struct object_handle hb = ot_map(b, RW);
	CHECK(hb.start == m.handle.start);
	CHECK_EQ(ot_refs(&hb), 4);
	twzrt_handle_drop(&hb);
	twzrt_handle_drop(&m2.handle);
	twzrt_handle_drop(&m.handle);
	CHECK_EQ(ot_refs(&ha), 1);
	/* The cache keeps b mapped while a's handle lives. */
	CHECK(twz_rt_resolve_fot_local(ha.start, 1, 0, RW) != NULL);
	/* update_handle clears the cache (and drops its reference). */
	void *bstart = twz_rt_resolve_fot_local(ha.start, 1, 0, RW);
	CHECK_OK(twz_rt_update_handle(&ha));
	CHECK(twz_rt_resolve_fot_local(ha.start, 1, 0, RW) == NULL);
	struct object_handle g = twz_rt_get_object_handle(bstart); /* still cached (inactive), revived */
	CHECK(g.id == b);
	CHECK_EQ(ot_refs(&g), 1);
	twzrt_handle_drop(&g);

	/* Many targets: more than the per-handle cache holds; every resolution stays correct. */
	objid t[20];
	for (int i = 0; i < 20; i++) {
		t[i] = ot_new_volatile();
		struct twzrt_fot_entry e = twzrt_fot_entry_for(t[i]);
		CHECK_EQ(twz_rt_insert_fot(&ha, &e).val, (uint32_t)i + 2);
	}
	for (int round = 0; round < 3; round++) {
		for (int i = 0; i < 20; i++) {
			struct map_result mr = twz_rt_resolve_fot(&ha, (uint64_t)i + 2, 0, MAP_FLAG_R);
			CHECK_OK(mr.error);
			CHECK(mr.handle.id == t[i]);
			void *fast = twz_rt_resolve_fot_local(ha.start, (uint64_t)i + 2, 0, MAP_FLAG_R);
			CHECK(fast == mr.handle.start);
			twzrt_handle_drop(&mr.handle);
		}
	}
	twzrt_handle_drop(&ha);
	for (int i = 0; i < 20; i++)
		ot_delete(t[i]);
	ot_delete(a);
	ot_delete(b);
}

/* Invariant pointers: a linked list across two objects, stored and resolved with the header helpers. */
struct node {
	uint64_t value;
	uint64_t next; /* invariant pointer */
};

static void test_invariant_pointers(void)
{
	objid a = ot_new_volatile(), b = ot_new_volatile();
	struct object_handle ha = ot_map(a, RW), hb = ot_map(b, RW);
	struct node *na = (struct node *)((char *)ha.start + 0x1000);
	struct node *na2 = na + 1;
	struct node *nb = (struct node *)((char *)hb.start + 0x2000);
	na->value = 1;
	na2->value = 2;
	nb->value = 3;
	nb->next = 0;

	CHECK_OK(twzrt_iptr_store(&ha, na2, &na->next)); /* local */
	CHECK_EQ(twzrt_iptr_index(na->next), 0);
	CHECK_EQ(twzrt_iptr_offset(na->next), 0x1000 + sizeof(struct node));
	CHECK_OK(twzrt_iptr_store(&ha, nb, &na2->next)); /* foreign: through the FOT */
	CHECK_EQ(twzrt_iptr_index(na2->next), 1);
	CHECK_EQ(twzrt_iptr_offset(na2->next), 0x2000);
	uint64_t ip;
	int local;
	CHECK_EQ(twzrt_iptr_store(&ha, &local, &ip), ((twz_error)OBJECT_ERROR << 32) | NOT_MAPPED);
	CHECK_OK(twzrt_iptr_store(&ha, NULL, &ip));
	CHECK_EQ(ip, 0);

	/* Forget every mapping of b but the object; then walk the list from a. */
	twzrt_handle_drop(&hb);
	uint64_t sum = 0;
	void *p;
	struct object_handle cur;
	CHECK_OK(twzrt_iptr_resolve(&ha, 0, RW, &p, &cur));
	CHECK(p == NULL && cur.id == 0);
	struct node *n = na;
	sum += n->value;
	CHECK(twzrt_iptr_resolve_fast(&n->next, n->next, RW) == na2);
	n = twzrt_iptr_resolve_fast(&n->next, n->next, RW);
	sum += n->value;
	REQUIRE(twzrt_iptr_index(n->next) == 1);
	CHECK_OK(twzrt_iptr_resolve(&ha, n->next, RW, &p, &cur));
	CHECK(cur.id == b);
	n = p;
	sum += n->value;
	CHECK(twzrt_iptr_resolve_fast(&na2->next, na2->next, RW) == p); /* cached by the resolution */
	CHECK_EQ(sum, 6);
	CHECK_EQ(n->next, 0);
	twzrt_handle_drop(&cur);
	twzrt_handle_drop(&ha);
	ot_delete(a);
	ot_delete(b);
}

static void test_no_nullpage_fot(void)
{
	objid a = ot_new_volatile(), b = ot_new_volatile();
	struct object_handle ha = ot_map(a, RW);
	struct twzrt_fot_entry eb = twzrt_fot_entry_for(b);
	uint32_t idx = twz_rt_insert_fot(&ha, &eb).val;
	REQUIRE(idx == 1);
	/* The same table seen through a mapping without the null page. */
	struct object_handle hn = ot_map(a, RW | MAP_FLAG_NO_NULLPAGE);
	struct map_result m = twz_rt_resolve_fot(&hn, 1, 0, MAP_FLAG_R);
	CHECK_OK(m.error);
	CHECK(m.handle.id == b);
	twzrt_handle_drop(&m.handle);
	CHECK_EQ(twz_rt_insert_fot(&hn, &eb).val, 1);
	twzrt_handle_drop(&hn);
	twzrt_handle_drop(&ha);
	ot_delete(a);
	ot_delete(b);
}

int main(void)
{
	test_insert();
	test_full_table();
	test_resolve();
	test_invariant_pointers();
	test_no_nullpage_fot();
	return t_status();
}
