/* The slot arena: Twizzler's address space of 1 GiB object slots, emulated by one PROT_NONE,
 * MAP_NORESERVE reservation aligned to 1 GiB (it costs no memory). Slot i is
 * [arena + i * HOST_SLOT_SIZE, +HOST_SLOT_SIZE). */
#ifndef TWZ_HOST_SLOTS_H
#define TWZ_HOST_SLOTS_H

#include "util.h"

#define HOST_SLOT_SHIFT 30
#define HOST_SLOT_SIZE (1UL << HOST_SLOT_SHIFT)
#define HOST_SLOTS_DEFAULT 1024 /* 1 TiB of address space; TWZ_SLOTS overrides */

/* Reserves the arena with nslots slots (0: TWZ_SLOTS from the environment, else the default).
 * Idempotent and thread-safe; the other slot calls initialise lazily through it. Returns 0 or -errno. */
HOST_HIDDEN long host_slots_init(size_t nslots);
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
/* Puts the slot back to reserved PROT_NONE (after an object mapping). Returns 0 or -errno. */
HOST_HIDDEN long host_slot_reset(void *slot);

#endif
