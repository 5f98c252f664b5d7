/* The host "kernel": Linux playing Twizzler's kernel for the runtimes above it.
 *
 * Freestanding: raw system calls only, no libc, nothing here touches errno. Unless a comment says
 * otherwise, a function returns a value >= 0 on success and a negated Linux errno (-ENOENT, ...) on
 * failure; rt/core turns those into twz_error values in exactly one place (rt_error_from_errno).
 *
 * One header per concept, each beside its .c file; this umbrella includes them all. */
#ifndef TWZ_HOST_H
#define TWZ_HOST_H

#include "boot.h"
#include "clock.h"
#include "exec.h"
#include "fs.h"
#include "futex.h"
#include "lock.h"
#include "mem.h"
#include "objstore.h"
#include "print.h"
#include "random.h"
#include "signal.h"
#include "slots.h"
#include "thread.h"
#include "util.h"
#include "vdso.h"

#endif
