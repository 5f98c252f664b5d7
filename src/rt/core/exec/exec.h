/* Spawned programs (Linux processes standing in for compartments) and their Compartment descriptors. */
#ifndef TWZ_RT_CORE_EXEC_EXEC_H
#define TWZ_RT_CORE_EXEC_EXEC_H

#include "../fd/fd.h"

/* spawn.c */
RT_HIDDEN struct open_result rt_exec_spawn(const struct exec_spawn_args *args);

/* compartment.c: operations on an RT_FD_COMPARTMENT record (end[0] is the child's pidfd). */
/* Waits for the child to end (pread's meaning): 0 once it has, GENERIC/WOULD_BLOCK when nonblocking and
 * still running, GENERIC/TIMED_OUT when timeout (may be NULL) runs out. */
RT_HIDDEN twz_error rt_comp_wait(struct rt_fd *f, io_flags flags, const struct option_duration *timeout);
/* IO_REGISTER_STATUS: STATUS_FLAG_READY, plus STATUS_FLAG_TERMINATED and the exit code once it ended. */
RT_HIDDEN uint64_t rt_comp_status(struct rt_fd *f);
/* IO_REGISTER_SIGNAL: sends a Linux signal number; success doing nothing once the child has ended. */
RT_HIDDEN twz_error rt_comp_signal(struct rt_fd *f, uint64_t sig);
RT_HIDDEN void rt_comp_info(struct rt_fd *f, struct fd_info *info);
/* The last reference is going: reap the child if it has ended (a running one stays unreaped). */
RT_HIDDEN void rt_comp_release(struct rt_fd *f);

#endif
