/* Per-descriptor state the runtime does not keep: the open(2) status flags (access mode, O_APPEND,
 * O_NONBLOCK) and FD_CLOEXEC. A table indexed by descriptor, grown on demand, under one lock. */
#include <stdlib.h>
#include <string.h>
#include "sysdeps.h"
#include "lowlock.h"

static _Atomic(uint32_t) lock;
static struct __twz_fdflags *table;
static int table_len;

static const struct __twz_fdflags unknown = { -1, 0 };

struct __twz_fdflags __twz_fdflags_get(int fd)
{
	struct __twz_fdflags f = unknown;
	__twz_lowlock_acquire(&lock);
	if (fd >= 0 && fd < table_len)
		f = table[fd];
	__twz_lowlock_release(&lock);
	return f;
}

/* Records f for fd; -1 with ENOMEM if the table cannot grow. */
int __twz_fdflags_set(int fd, struct __twz_fdflags f)
{
	if (fd < 0)
		return __twz_fail_errno(EBADF);
	__twz_lowlock_acquire(&lock);
	if (fd >= table_len) {
		int n = table_len ? table_len : 64;
		while (n <= fd)
			n *= 2;
		struct __twz_fdflags *t = realloc(table, (size_t)n * sizeof *t);
		if (!t) {
			__twz_lowlock_release(&lock);
			return __twz_fail_errno(ENOMEM);
		}
		for (int i = table_len; i < n; i++)
			t[i] = unknown;
		table = t;
		table_len = n;
	}
	table[fd] = f;
	__twz_lowlock_release(&lock);
	return 0;
}

void __twz_fdflags_clear(int fd)
{
	__twz_lowlock_acquire(&lock);
	if (fd >= 0 && fd < table_len)
		table[fd] = unknown;
	__twz_lowlock_release(&lock);
}
