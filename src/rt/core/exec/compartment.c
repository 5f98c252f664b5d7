/* Compartment descriptors: a pidfd, the child's pid, and its exit status once reaped. Reaping happens
 * only under the record's lock, so the pid cannot be reused while we may still signal it. */
#include "../io/io.h"
#include "exec.h"
#include <linux/stat.h>

/* Reaps without waiting, if the child has ended. Lock held. */
static void try_reap_locked(struct rt_fd *f)
{
	if (f->exited || f->end[RT_END_READ].host_fd < 0)
		return;
	int status;
	if (host_spawn_wait(f->end[RT_END_READ].host_fd, true, &status) == 0) {
		f->exited = true;
		f->status = status;
	}
}

static bool ended(struct rt_fd *f)
{
	host_lock_acquire(&f->lock);
	try_reap_locked(f);
	bool done = f->exited;
	host_lock_release(&f->lock);
	return done;
}

twz_error rt_comp_wait(struct rt_fd *f, io_flags flags, const struct option_duration *timeout)
{
	for (;;) {
		if (ended(f))
			return 0;
		/* The pidfd turns readable when the child ends; nobody else closes it while we hold f. */
		long r = rt_io_wait_ready(f->end[RT_END_READ].host_fd, POLLIN, flags, timeout, true);
		if (r < 0)
			return rt_error_from_errno(r);
	}
}

uint64_t rt_comp_status(struct rt_fd *f)
{
	host_lock_acquire(&f->lock);
	try_reap_locked(f);
	uint64_t v = STATUS_FLAG_READY;
	if (f->exited)
		v |= STATUS_FLAG_TERMINATED | (uint32_t)f->status;
	host_lock_release(&f->lock);
	return v;
}

twz_error rt_comp_signal(struct rt_fd *f, uint64_t sig)
{
	if (sig == 0 || sig > 64)
		return RT_ERR_INVALID_ARGUMENT;
	long r = 0;
	host_lock_acquire(&f->lock);
	try_reap_locked(f);
	if (!f->exited)
		r = host_kill(f->pid, (int)sig);
	host_lock_release(&f->lock);
	return rt_error_from_errno(r);
}

void rt_comp_info(struct rt_fd *f, struct fd_info *info)
{
	memset(info, 0, sizeof *info);
	info->id = (objid)(uint64_t)f->pid;
	info->kind = FdKind_Compartment;
	info->unix_mode = S_IFREG | 0444;
}

void rt_comp_release(struct rt_fd *f)
{
	host_lock_acquire(&f->lock);
	try_reap_locked(f);
	host_lock_release(&f->lock);
}
