/* flockfile, ftrylockfile, funlockfile: the stream's own recursive lock, the one newlib's stdio functions
 * take (so a locked stream is held against other threads' stdio calls). The standard streams get their
 * locks at stdio's first use, so that use is made here first. */
#include <stdio.h>
#include <sys/lock.h>
#include <sys/reent.h>
#include "sysdeps.h"

void __sinit(struct _reent *);

static void stdio_init(void)
{
	struct _reent *r = _REENT;
	if (r && !r->__sdidinit)
		__sinit(r);
}

void flockfile(FILE *f)
{
	stdio_init();
	if (!(f->_flags & __SSTR))
		__lock_acquire_recursive(f->_lock);
}

/* 0 when the lock was taken, nonzero when another thread holds it. */
int ftrylockfile(FILE *f)
{
	stdio_init();
	if (f->_flags & __SSTR)
		return 0;
	return __lock_try_acquire_recursive(f->_lock) ? 0 : -1;
}

void funlockfile(FILE *f)
{
	if (!(f->_flags & __SSTR))
		__lock_release_recursive(f->_lock);
}
