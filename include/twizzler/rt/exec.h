/* Starting programs. */
#ifndef TWIZZLER_RT_EXEC_H
#define TWIZZLER_RT_EXEC_H

#include "types.h"
#include "fd.h"

TWZ_BEGIN_DECLS

/* Flags of twz_rt_exec_spawn (none defined). */
typedef uint32_t exec_flags;

/* A program to start: prog, its NULL-terminated argument vector (argv[0] included) and environment
 * (NULL: inherit the caller's), and the descriptors it starts with. */
struct exec_spawn_args {
	const char *prog;
	const char *const *args;
	const char *const *env;
	const struct binding_info *fd_binds;
	size_t fd_bind_count;
	exec_flags flags;
};

/* Starts a program as a new compartment and returns a Compartment descriptor for it. Errors:
 * NAMING/NOT_FOUND, load errors. */
struct open_result twz_rt_exec_spawn(const struct exec_spawn_args *args);

TWZ_END_DECLS

#endif /* TWIZZLER_RT_EXEC_H */
