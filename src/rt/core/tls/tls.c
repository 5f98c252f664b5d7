/* Static TLS layout, per-thread TLS areas and dynamic TLS blocks (see tls.h). */
#include "tls.h"

#define DTV_HEAP 1UL

static struct {
	struct host_lock lock; /* guards dynamic registration and the slow path's reads */
	struct rt_tls_module mods[RT_TLS_MODULES_MAX]; /* index = module id; [0] unused */
	size_t nstatic;	 /* static modules are ids 1 .. nstatic */
	size_t max_id;	 /* no id above this one is used */
	size_t size;	 /* largest tpoff: bytes of static TLS below the thread pointer */
	_Atomic uint64_t gen;
} tls; /* all zero: .bss, so the module table costs nothing at exec */

/* Thread-pointer alignment: the max of the static modules' and the TCB's. Kept out of `tls` so that a
 * non-zero initial value does not move the whole table into .data. */
static size_t tls_align = _Alignof(struct rt_tcb);

static bool layout_ok(size_t filesz, size_t memsz, size_t align)
{
	return align && !(align & (align - 1)) && filesz <= memsz && align <= HOST_PAGE_SIZE * 16;
}

size_t rt_tls_add_static(const void *image, size_t filesz, size_t memsz, size_t align)
{
	size_t id = tls.nstatic + 1;
	if (id >= RT_TLS_MODULES_MAX || tls.max_id > tls.nstatic || !layout_ok(filesz, memsz, align))
		return 0;
	struct rt_tls_module *m = &tls.mods[id];
	*m = (struct rt_tls_module){image, filesz, memsz, align, 0, 0, true, true};
	m->tpoff = HOST_ALIGN_UP(tls.size + memsz, align);
	tls.size = m->tpoff;
	if (align > tls_align)
		tls_align = align;
	tls.nstatic = tls.max_id = id;
	return id;
}

size_t rt_tls_add_dynamic(const void *image, size_t filesz, size_t memsz, size_t align)
{
	if (!layout_ok(filesz, memsz, align))
		return 0;
	size_t id = 0;
	host_lock_acquire(&tls.lock);
	for (size_t i = tls.nstatic + 1; i < RT_TLS_MODULES_MAX; i++) {
		if (!tls.mods[i].used) {
			id = i;
			break;
		}
	}
	if (id) {
		uint64_t gen = __atomic_add_fetch(&tls.gen, 1, __ATOMIC_RELEASE);
		tls.mods[id] = (struct rt_tls_module){image, filesz, memsz, align, 0, gen, true, false};
		if (id > tls.max_id)
			tls.max_id = id;
	}
	host_lock_release(&tls.lock);
	return id;
}

void rt_tls_remove(size_t mod_id)
{
	if (mod_id <= tls.nstatic || mod_id >= RT_TLS_MODULES_MAX)
		return;
	host_lock_acquire(&tls.lock);
	if (tls.mods[mod_id].used) {
		tls.mods[mod_id].used = false;
		tls.mods[mod_id].gen = __atomic_add_fetch(&tls.gen, 1, __ATOMIC_RELEASE);
	}
	host_lock_release(&tls.lock);
}

const struct rt_tls_module *rt_tls_module(size_t mod_id)
{
	if (mod_id == 0 || mod_id >= RT_TLS_MODULES_MAX || !tls.mods[mod_id].used)
		return NULL;
	return &tls.mods[mod_id];
}

size_t rt_tls_area_size(void)
{
	return (tls.nstatic + 2) * sizeof(void *) + tls_align + tls.size + sizeof(struct rt_tcb);
}

struct rt_tcb *rt_tls_area_init(void *area, size_t len, bool zeroed)
{
	if (len < rt_tls_area_size())
		return NULL;
	void **dtv = (void **)area + 1;
	uintptr_t tp = HOST_ALIGN_UP((uintptr_t)(dtv + tls.nstatic + 1) + tls.size, tls_align);
	struct rt_tcb *tcb = (struct rt_tcb *)tp;
	if (!zeroed)
		memset(tcb, 0, sizeof *tcb);
	dtv[-1] = (void *)(tls.nstatic << 1);
	dtv[0] = (void *)(uintptr_t)__atomic_load_n(&tls.gen, __ATOMIC_ACQUIRE);
	for (size_t i = 1; i <= tls.nstatic; i++) {
		const struct rt_tls_module *m = &tls.mods[i];
		unsigned char *block = (unsigned char *)(tp - m->tpoff);
		memcpy(block, m->image, m->filesz);
		if (!zeroed)
			memset(block + m->filesz, 0, m->memsz - m->filesz);
		dtv[i] = block;
	}
	tcb->self = tcb;
	tcb->dtv = dtv;
	return tcb;
}

void *rt_tls_static_addr(size_t mod_id, size_t offset)
{
	if (mod_id == 0 || mod_id > tls.nstatic)
		return NULL;
	return (char *)rt_tcb_self() - tls.mods[mod_id].tpoff + offset;
}

/* ---- dynamic blocks: allocated with a small header recording their layout for the free ---- */

struct block_hdr {
	size_t total, align;
};

static size_t hdr_room(size_t align)
{
	return HOST_ALIGN_UP(sizeof(struct block_hdr), align);
}

static void *block_alloc(const struct rt_tls_module *m)
{
	size_t align = m->align < 16 ? 16 : m->align, room = hdr_room(align), total = room + m->memsz;
	unsigned char *p = twz_rt_malloc(total, align, 0);
	if (!p)
		return NULL;
	unsigned char *block = p + room;
	((struct block_hdr *)block)[-1] = (struct block_hdr){total, align};
	memcpy(block, m->image, m->filesz);
	memset(block + m->filesz, 0, m->memsz - m->filesz);
	return block;
}

static void block_free(void *block)
{
	struct block_hdr h = ((struct block_hdr *)block)[-1];
	twz_rt_dealloc((unsigned char *)block - hdr_room(h.align), h.total, h.align, 0);
}

static size_t dtv_cap(void **dtv)
{
	return (uintptr_t)dtv[-1] >> 1;
}

static void dtv_free(void **dtv)
{
	if ((uintptr_t)dtv[-1] & DTV_HEAP)
		twz_rt_dealloc(dtv - 1, (dtv_cap(dtv) + 2) * sizeof(void *), _Alignof(void *), 0);
}

/* Drops the thread's blocks of modules that changed after its dtv's generation. tls.lock held. */
static void dtv_sync(void **dtv, uint64_t gen)
{
	uint64_t seen = (uintptr_t)dtv[0];
	size_t cap = dtv_cap(dtv);
	for (size_t i = tls.nstatic + 1; i <= cap; i++) {
		if (dtv[i] && tls.mods[i].gen > seen) {
			block_free(dtv[i]);
			dtv[i] = NULL;
		}
	}
	dtv[0] = (void *)(uintptr_t)gen;
}

/* A dtv with room for module id need, the old entries moved over; NULL when out of memory. */
static void **dtv_grow(struct rt_tcb *tcb, size_t need)
{
	void **old = tcb->dtv;
	size_t cap = dtv_cap(old), ncap = cap * 2 > need ? cap * 2 : need + 8;
	void **base = twz_rt_malloc((ncap + 2) * sizeof(void *), _Alignof(void *), ZERO_MEMORY);
	if (!base)
		return NULL;
	void **dtv = base + 1;
	dtv[-1] = (void *)(ncap << 1 | DTV_HEAP);
	memcpy(dtv, old, (cap + 1) * sizeof(void *));
	dtv_free(old);
	tcb->dtv = dtv;
	return dtv;
}

void *rt_tls_get_addr(size_t mod_id, size_t offset)
{
	struct rt_tcb *tcb = rt_tcb_self();
	void **dtv = tcb->dtv;
	uint64_t gen = __atomic_load_n(&tls.gen, __ATOMIC_ACQUIRE);
	if (host_likely(mod_id && mod_id <= dtv_cap(dtv) && dtv[mod_id] && (uintptr_t)dtv[0] == gen))
		return (char *)dtv[mod_id] + offset;
	void *ret = NULL;
	host_lock_acquire(&tls.lock);
	gen = __atomic_load_n(&tls.gen, __ATOMIC_ACQUIRE);
	if ((uintptr_t)dtv[0] != gen)
		dtv_sync(dtv, gen);
	const struct rt_tls_module *m = rt_tls_module(mod_id);
	if (!m)
		goto out;
	if (mod_id > dtv_cap(dtv) && !(dtv = dtv_grow(tcb, mod_id)))
		goto out;
	if (!dtv[mod_id] && !(dtv[mod_id] = block_alloc(m)))
		goto out;
	ret = (char *)dtv[mod_id] + offset;
out:
	host_lock_release(&tls.lock);
	return ret;
}

void rt_tls_thread_exit(struct rt_tcb *tcb)
{
	void **dtv = tcb->dtv;
	if (!dtv)
		return;
	size_t cap = dtv_cap(dtv);
	for (size_t i = tls.nstatic + 1; i <= cap; i++)
		if (dtv[i])
			block_free(dtv[i]);
	dtv_free(dtv);
	tcb->dtv = NULL;
}
