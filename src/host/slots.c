/* The slot arena (slots.h): one reservation of nslots 1 GiB slots, aligned to 1 GiB.
 *
 * Free slots: a stack of indices (O(1) push and pop under host_lock) plus a "fresh" counter for slots
 * never handed out yet, so nothing is written at start-up; slots come out lowest first until the first
 * free. An in-use bitmap makes freeing a slot that is not allocated (twice, or never) harmless. The
 * stack and bitmap live in one anonymous mapping made with the arena: no allocator exists below us. */
#include <linux/mman.h>
#include "slots.h"
#include "boot.h"
#include "lock.h"
#include "mem.h"

/* The reservation could not hold more: 2^47 bytes of user address space are 2^17 slots. */
#define SLOTS_MAX (1UL << 17)

static struct {
	struct host_lock lock;  /* guards init and the free set */
	_Atomic bool ready;     /* set (release) once the fields below are valid */
	uintptr_t start;        /* arena base (1 GiB aligned) */
	size_t count;           /* number of slots */
	uint32_t *stack;        /* freed slot indices */
	size_t depth;           /* entries on the stack */
	size_t fresh;           /* slots [fresh, count) were never handed out */
	uint64_t *used;         /* bitmap: slot i handed out and not yet freed */
} slots;

/* The slot count to reserve: nslots, else TWZ_SLOTS if it is a number in [1, SLOTS_MAX], else the
 * default. *shrink tells whether it is the default, which may be halved when the address space cannot
 * hold it (valgrind, a small RLIMIT_AS); a count asked for is taken as it is or not at all. */
static size_t slots_wanted(size_t nslots, bool *shrink)
{
	uint64_t n;
	*shrink = false;
	if (nslots)
		return nslots;
	const char *s = host_getenv("TWZ_SLOTS");
	if (s && host_parse_u64(s, &n) && n >= 1 && n <= SLOTS_MAX)
		return (size_t)n;
	*shrink = true;
	return HOST_SLOTS_DEFAULT;
}

/* The next, smaller count to try after a failed reservation of n slots (a quarter less: valgrind's
 * largest free range is about 60 GiB, which halving would cut to 32), or 0 to give up. */
static size_t slots_retry(long err, size_t n, bool shrink)
{
	size_t m = n - n / 4;
	return shrink && m >= HOST_SLOTS_MIN && (err == -ENOMEM || err == -EINVAL || err == -EEXIST) ? m : 0;
}

/* Reserves n + 1 GiB of PROT_NONE address space, then trims it to the 1 GiB aligned n GiB inside. */
static long slots_reserve(size_t n, uintptr_t *start)
{
	size_t len = (n + 1) * HOST_SLOT_SIZE;
	void *p = host_mmap(NULL, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (host_is_err((long)p))
		return (long)p;
	uintptr_t lo = (uintptr_t)p, base = HOST_ALIGN_UP(lo, HOST_SLOT_SIZE);
	uintptr_t end = base + n * HOST_SLOT_SIZE;
	if (base > lo)
		host_munmap(p, base - lo);
	if (lo + len > end)
		host_munmap((void *)end, lo + len - end);
	*start = base;
	return 0;
}

/* Makes the reservation [start, start + n slots) the arena, its first `taken` slots in use: maps the
 * book-keeping and publishes the state. Lock held. Returns 0 or -errno (the caller then releases the
 * reservation). */
static long slots_commit(uintptr_t start, size_t n, size_t taken)
{
	size_t stack_bytes = n * sizeof(uint32_t), map_bytes = (n + 63) / 64 * sizeof(uint64_t);
	size_t book_len = HOST_ALIGN_UP(stack_bytes + map_bytes, HOST_PAGE_SIZE);
	void *book = host_mmap(NULL, book_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (host_is_err((long)book))
		return (long)book;
	slots.start = start;
	slots.count = n;
	slots.used = book; /* 8-byte aligned first, then the 4-byte stack */
	slots.stack = (uint32_t *)((char *)book + map_bytes);
	slots.depth = 0;
	slots.fresh = taken;
	for (size_t i = 0; i < taken; i++)
		slots.used[i / 64] |= 1ULL << (i % 64);
	__atomic_store_n(&slots.ready, true, __ATOMIC_RELEASE);
	return 0;
}

long host_slots_init(size_t nslots)
{
	if (__atomic_load_n(&slots.ready, __ATOMIC_ACQUIRE))
		return 0;
	long r = 0;
	host_lock_acquire(&slots.lock);
	if (slots.ready)
		goto out;
	bool shrink;
	size_t n = slots_wanted(nslots, &shrink);
	if (n > SLOTS_MAX) {
		r = -EINVAL;
		goto out;
	}
	uintptr_t start = 0;
	for (size_t m; (r = slots_reserve(n, &start)) < 0 && (m = slots_retry(r, n, shrink));)
		n = m;
	if (r < 0)
		goto out;
	if ((r = slots_commit(start, n, 0)) < 0)
		host_munmap((void *)start, n * HOST_SLOT_SIZE);
out:
	host_lock_release(&slots.lock);
	return r;
}

void *host_slot_alloc(void)
{
	if (host_slots_init(0) < 0)
		return NULL;
	size_t i;
	host_lock_acquire(&slots.lock);
	if (slots.depth) {
		i = slots.stack[--slots.depth];
	} else if (slots.fresh < slots.count) {
		i = slots.fresh++;
	} else {
		host_lock_release(&slots.lock);
		return NULL;
	}
	slots.used[i / 64] |= 1ULL << (i % 64);
	host_lock_release(&slots.lock);
	return (void *)(slots.start + i * HOST_SLOT_SIZE);
}

/* Takes slot i off the free stack (it must be there). Lock held. */
static void slots_unstack(size_t i)
{
	for (size_t k = 0; k < slots.depth; k++) {
		if (slots.stack[k] == i) {
			slots.stack[k] = slots.stack[--slots.depth];
			return;
		}
	}
}

static bool slots_is_free(size_t i)
{
	return !(slots.used[i / 64] & (1ULL << (i % 64)));
}

void *host_slot_alloc_pair(void)
{
	if (host_slots_init(0) < 0)
		return NULL;
	host_lock_acquire(&slots.lock);
	size_t i = slots.count;
	if (slots.fresh + 2 <= slots.count) {
		i = slots.fresh;
		slots.fresh += 2;
	} else {
		/* Slots below fresh are free exactly when they are on the stack; fresh itself is free. */
		for (size_t j = 0; j + 1 < slots.count && j < slots.fresh; j++) {
			if (slots_is_free(j) && (j + 1 >= slots.fresh || slots_is_free(j + 1))) {
				i = j;
				break;
			}
		}
		if (i == slots.count) {
			host_lock_release(&slots.lock);
			return NULL;
		}
		slots_unstack(i);
		if (i + 1 < slots.fresh)
			slots_unstack(i + 1);
		else
			slots.fresh++;
	}
	slots.used[i / 64] |= 1ULL << (i % 64);
	slots.used[(i + 1) / 64] |= 1ULL << ((i + 1) % 64);
	host_lock_release(&slots.lock);
	return (void *)(slots.start + i * HOST_SLOT_SIZE);
}

/* The index of the slot whose base is slot, or -1 when slot is not a slot base in the arena. */
static long slots_index(const void *slot)
{
	uintptr_t a = (uintptr_t)slot;
	if (!__atomic_load_n(&slots.ready, __ATOMIC_ACQUIRE) || a < slots.start || (a & (HOST_SLOT_SIZE - 1)))
		return -1;
	size_t i = (a - slots.start) >> HOST_SLOT_SHIFT;
	return i < slots.count ? (long)i : -1;
}

void host_slot_free(void *slot)
{
	long i = slots_index(slot);
	if (i < 0)
		return;
	host_lock_acquire(&slots.lock);
	uint64_t bit = 1ULL << (i % 64);
	if (slots.used[i / 64] & bit) {
		slots.used[i / 64] &= ~bit;
		slots.stack[slots.depth++] = (uint32_t)i;
	}
	host_lock_release(&slots.lock);
}

void *host_slot_base_of(const void *p)
{
	if (!__atomic_load_n(&slots.ready, __ATOMIC_ACQUIRE))
		return NULL;
	uintptr_t a = (uintptr_t)p;
	if (a < slots.start || a - slots.start >= slots.count * HOST_SLOT_SIZE)
		return NULL;
	return (void *)(a & ~(HOST_SLOT_SIZE - 1));
}

uintptr_t host_slots_arena_start(void)
{
	return __atomic_load_n(&slots.ready, __ATOMIC_ACQUIRE) ? slots.start : 0;
}

size_t host_slots_count(void)
{
	return __atomic_load_n(&slots.ready, __ATOMIC_ACQUIRE) ? slots.count : 0;
}

long host_slot_reset(void *slot)
{
	if (slots_index(slot) < 0)
		return -EINVAL;
	void *p = host_mmap(slot, HOST_SLOT_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED,
			    -1, 0);
	return host_is_err((long)p) ? (long)p : 0;
}

bool host_slots_export(struct host_slots_state *st)
{
	if (!__atomic_load_n(&slots.ready, __ATOMIC_ACQUIRE))
		return false;
	host_lock_acquire(&slots.lock);
	*st = (struct host_slots_state){slots.start, slots.count, slots.depth, slots.fresh, slots.used};
	host_lock_release(&slots.lock);
	return true;
}

long host_slots_adopt(const struct host_slots_state *st)
{
	long r = 0;
	host_lock_acquire(&slots.lock);
	if (slots.ready) {
		r = -EBUSY;
	} else {
		size_t map_bytes = (st->count + 63) / 64 * sizeof(uint64_t);
		slots.start = st->start;
		slots.count = st->count;
		slots.depth = st->depth;
		slots.fresh = st->fresh;
		slots.used = st->book;
		slots.stack = (uint32_t *)((char *)st->book + map_bytes);
		__atomic_store_n(&slots.ready, true, __ATOMIC_RELEASE);
	}
	host_lock_release(&slots.lock);
	return r;
}

/* Reserves [a, b) PROT_NONE, failing rather than replacing anything (MAP_FIXED_NOREPLACE). */
static long reserve_exact(uintptr_t a, uintptr_t b)
{
	if (a >= b)
		return 0;
	void *p = host_mmap((void *)a, b - a, PROT_NONE,
			    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
	if (host_is_err((long)p))
		return (long)p;
	if ((uintptr_t)p != a) { /* a kernel without MAP_FIXED_NOREPLACE took it as a hint */
		host_munmap(p, b - a);
		return -EEXIST;
	}
	return 0;
}

/* Reserves the n slots from start around [lo_page, hi_page), which stays as it is. Returns 0 or -errno
 * (nothing left reserved). */
static long reserve_around(uintptr_t start, size_t n, uintptr_t lo_page, uintptr_t hi_page)
{
	uintptr_t end = start + n * HOST_SLOT_SIZE;
	long r = reserve_exact(start, lo_page);
	if (r < 0)
		return r;
	if ((r = reserve_exact(hi_page, end)) < 0 && lo_page > start)
		host_munmap((void *)start, lo_page - start);
	return r;
}

long host_slots_init_around(uintptr_t lo, uintptr_t hi)
{
	bool shrink;
	size_t n = slots_wanted(0, &shrink);
	uintptr_t start = lo & ~(HOST_SLOT_SIZE - 1);
	size_t taken = (HOST_ALIGN_UP(hi, HOST_SLOT_SIZE) - start) >> HOST_SLOT_SHIFT;
	uintptr_t lo_page = lo & ~(HOST_PAGE_SIZE - 1), hi_page = HOST_ALIGN_UP(hi, HOST_PAGE_SIZE);
	if (hi <= lo || taken >= n || start + n * HOST_SLOT_SIZE < start)
		return -EINVAL;
	long r = 0;
	host_lock_acquire(&slots.lock);
	if (slots.ready) {
		r = -EEXIST;
		goto out;
	}
	for (size_t m;; n = m) {
		r = start + n * HOST_SLOT_SIZE > (1UL << 47) ? -EINVAL : reserve_around(start, n, lo_page, hi_page);
		if (r == 0 || !(m = slots_retry(r, n, shrink)) || taken >= m)
			break;
	}
	if (r < 0)
		goto out;
	if ((r = slots_commit(start, n, taken)) < 0) {
		if (lo_page > start)
			host_munmap((void *)start, lo_page - start);
		host_munmap((void *)hi_page, start + n * HOST_SLOT_SIZE - hi_page);
	}
out:
	host_lock_release(&slots.lock);
	return r;
}
