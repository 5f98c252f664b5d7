/* The slot arena: Twizzler's address space of 1 GiB object slots, emulated by one PROT_NONE,
 * MAP_NORESERVE reservation aligned to 1 GiB (it costs no memory). Slot i is
 * [arena + i * HOST_SLOT_SIZE, +HOST_SLOT_SIZE). */
#ifndef TWZ_HOST_SLOTS_H
#define TWZ_HOST_SLOTS_H

#include "util.h"

#define HOST_SLOT_SHIFT 30
#define HOST_SLOT_SIZE (1UL << HOST_SLOT_SHIFT)
#define HOST_SLOTS_DEFAULT 1024 /* 1 TiB of address space; TWZ_SLOTS overrides */
#define HOST_SLOTS_MIN 32       /* the default shrinks down to this when the address space is short */

/* Reserves the arena with nslots slots (0: TWZ_SLOTS from the environment, else the default). When the
 * default cannot be reserved (valgrind, a small RLIMIT_AS), it shrinks by a quarter at a time until it
 * can, down to HOST_SLOTS_MIN; an explicit count is reserved exactly or not at all.
 * Idempotent and thread-safe; the other slot calls initialise lazily through it. Returns 0 or -errno. */
HOST_HIDDEN long host_slots_init(size_t nslots);
/* Like host_slots_init, but places the arena so that its first slot(s) contain [lo, hi), memory that is
 * already mapped (the program the kernel loaded), and marks those slots taken: the mapping then lives in
 * slots of its own without moving. The arena is reserved around it without touching it (never
 * replacing another mapping); the default count shrinks as in host_slots_init. Returns 0, or -EEXIST
 * when something else is in the way (or the arena exists already), -errno otherwise; on failure nothing is left reserved. */
HOST_HIDDEN long host_slots_init_around(uintptr_t lo, uintptr_t hi);
/* Takes a free slot, O(1), thread-safe. Returns its base address, or NULL when none is free (or the
 * arena cannot be reserved). The slot is PROT_NONE until something is mapped into it. */
HOST_HIDDEN void *host_slot_alloc(void);
/* Takes two adjacent free slots, thread-safe. Returns the base of the lower one (the other is at
 * base + HOST_SLOT_SIZE; each is freed on its own with host_slot_free), or NULL when no free pair exists. */
HOST_HIDDEN void *host_slot_alloc_pair(void);
/* Returns slot (a base from host_slot_alloc) to the free set; the caller has already unmapped it. */
HOST_HIDDEN void host_slot_free(void *slot);
/* The base of the arena slot that contains p, or NULL if p is outside the arena. */
HOST_HIDDEN void *host_slot_base_of(const void *p);
/* Arena bounds and slot count (zero before init). */
HOST_HIDDEN uintptr_t host_slots_arena_start(void);
HOST_HIDDEN size_t host_slots_count(void);
/* The arena's whole state, to hand it to a second copy of the host layer in the same process (the
 * reference runtime moving itself into a slot): export in the old copy, adopt in the new one, which then
 * owns the reservation and its book-keeping. */
struct host_slots_state {
	uintptr_t start;
	size_t count, depth, fresh;
	void *book; /* the used bitmap, then the free stack */
};
/* Fills *st; false when the arena was never initialised. */
HOST_HIDDEN bool host_slots_export(struct host_slots_state *st);
/* Takes over an arena exported by another copy. Returns 0, or -EBUSY when this copy has its own. */
HOST_HIDDEN long host_slots_adopt(const struct host_slots_state *st);
/* Puts the slot back to reserved PROT_NONE (after an object mapping). Returns 0 or -errno. */
HOST_HIDDEN long host_slot_reset(void *slot);

#endif
