/* The descriptor table: RT_FD_MAX slots under one lock, the stdio records, and whole-table walks. */
#include "../exec/exec.h"
#include "fd.h"

/* A reserved slot: taken, but reads as closed until rt_fd_fill. */
#define RESERVED ((struct rt_fd *)1)

static struct {
	struct host_lock lock;
	bool stdio_ready;
	descriptor high; /* one past the highest slot ever filled: close_all stops there */
	struct rt_fd *slots[RT_FD_MAX];
	struct rt_fd stdio[3];
} table;

/* Descriptors 0-2 are the process's host fds 0-2, as streams with the console's seek rules. No system
 * call: terminal-ness and the rest are found out when someone asks. Called with the lock held. */
static void stdio_setup_locked(void)
{
	if (table.stdio_ready)
		return;
	table.stdio_ready = true;
	for (int i = 0; i < 3; i++) {
		struct rt_fd *f = &table.stdio[i];
		f->refs = 1;
		f->type = RT_FD_STREAM;
		f->console = true;
		f->is_static = true;
		f->end[RT_END_READ].host_fd = i;
		f->end[RT_END_WRITE].host_fd = i;
		f->open_flags = OPEN_FLAG_READ | OPEN_FLAG_WRITE;
		f->bind_kind = OpenKind_KernelConsole;
		if (!table.slots[i])
			table.slots[i] = f;
	}
}

void rt_fd_init_stdio(void)
{
	host_lock_acquire(&table.lock);
	stdio_setup_locked();
	host_lock_release(&table.lock);
}

struct rt_fd *rt_fd_alloc(enum rt_fd_type type, uint32_t bind_kind, uint32_t open_flags,
			  const void *bind_data, size_t bind_len)
{
	if (!bind_data)
		bind_len = 0;
	if (bind_len > BIND_DATA_MAX)
		bind_len = BIND_DATA_MAX;
	size_t size = sizeof(struct rt_fd) + bind_len;
	struct rt_fd *f = twz_rt_malloc(size, _Alignof(struct rt_fd), ZERO_MEMORY);
	if (!f)
		return NULL;
	f->alloc_size = size;
	f->refs = 1;
	f->type = (uint8_t)type;
	f->end[0].host_fd = -1;
	f->end[1].host_fd = -1;
	f->open_flags = open_flags;
	f->bind_kind = bind_kind;
	f->bind_len = (uint32_t)bind_len;
	if (bind_len)
		memcpy(f->bind_data, bind_data, bind_len);
	return f;
}

void rt_fd_ref(struct rt_fd *f)
{
	__atomic_fetch_add(&f->refs, 1, __ATOMIC_RELAXED);
}

void rt_fd_put(struct rt_fd *f)
{
	if (__atomic_sub_fetch(&f->refs, 1, __ATOMIC_ACQ_REL) != 0)
		return;
	if (f->type == RT_FD_COMPARTMENT)
		rt_comp_release(f);
	rt_fd_end_close_all(f);
	if (!f->is_static)
		twz_rt_dealloc(f, f->alloc_size, _Alignof(struct rt_fd), 0);
}

struct rt_fd *rt_fd_get(descriptor fd)
{
	if (fd < 0 || fd >= RT_FD_MAX)
		return NULL;
	host_lock_acquire(&table.lock);
	if (host_unlikely(!table.stdio_ready))
		stdio_setup_locked();
	struct rt_fd *f = table.slots[fd];
	if (f == RESERVED)
		f = NULL;
	if (f)
		rt_fd_ref(f);
	host_lock_release(&table.lock);
	return f;
}

/* Lowest free slot, or -1. Lock held. */
static descriptor lowest_free_locked(void)
{
	if (!table.stdio_ready)
		stdio_setup_locked();
	for (descriptor i = 0; i < RT_FD_MAX; i++)
		if (!table.slots[i])
			return i;
	return -1;
}

/* Fills slot fd (f may be RESERVED). Lock held. */
static void set_slot_locked(descriptor fd, struct rt_fd *f)
{
	table.slots[fd] = f;
	if (fd >= table.high)
		table.high = fd + 1;
}

descriptor rt_fd_install(struct rt_fd *f)
{
	host_lock_acquire(&table.lock);
	descriptor fd = lowest_free_locked();
	if (fd >= 0)
		set_slot_locked(fd, f);
	host_lock_release(&table.lock);
	return fd;
}

descriptor rt_fd_reserve(void)
{
	host_lock_acquire(&table.lock);
	descriptor fd = lowest_free_locked();
	if (fd >= 0)
		set_slot_locked(fd, RESERVED);
	host_lock_release(&table.lock);
	return fd;
}

void rt_fd_fill(descriptor fd, struct rt_fd *f)
{
	host_lock_acquire(&table.lock);
	set_slot_locked(fd, f);
	host_lock_release(&table.lock);
}

void rt_fd_install_at(descriptor fd, struct rt_fd *f)
{
	host_lock_acquire(&table.lock);
	if (!table.stdio_ready)
		stdio_setup_locked();
	struct rt_fd *old = table.slots[fd];
	set_slot_locked(fd, f);
	host_lock_release(&table.lock);
	if (old && old != RESERVED)
		rt_fd_put(old);
}

void rt_fd_close(descriptor fd)
{
	if (fd < 0 || fd >= RT_FD_MAX)
		return;
	host_lock_acquire(&table.lock);
	if (!table.stdio_ready)
		stdio_setup_locked();
	struct rt_fd *f = table.slots[fd];
	if (f == RESERVED)
		f = NULL;
	if (f)
		table.slots[fd] = NULL;
	host_lock_release(&table.lock);
	if (f)
		rt_fd_put(f);
}

/* At process end the kernel closes host fds anyway; we only drop the records so that pipes and children
 * see their peers go in order. Stdio stays: other threads may still be printing. */
void rt_fd_close_all(void)
{
	descriptor high = __atomic_load_n(&table.high, __ATOMIC_RELAXED);
	for (descriptor fd = 3; fd < high; fd++)
		if (__atomic_load_n(&table.slots[fd], __ATOMIC_RELAXED))
			rt_fd_close(fd);
}

size_t rt_fd_read_binds(struct binding_info *binds, size_t n)
{
	size_t count = 0;
	host_lock_acquire(&table.lock);
	if (!table.stdio_ready)
		stdio_setup_locked();
	for (descriptor fd = 0; fd < RT_FD_MAX && count < n; fd++) {
		struct rt_fd *f = table.slots[fd];
		if (!f || f == RESERVED)
			continue;
		struct binding_info *b = &binds[count++];
		b->kind = (enum open_kind)f->bind_kind;
		b->fd = fd;
		b->flags = __atomic_load_n(&f->open_flags, __ATOMIC_RELAXED);
		b->bind_len = f->bind_len;
		memcpy(b->bind_data, f->bind_data, f->bind_len);
	}
	host_lock_release(&table.lock);
	return count;
}

long rt_fd_pipe_end_dup(objid id, int end)
{
	/* Several descriptors may hold the pipe, some with this end shut: take the first that has it open. */
	long r = -ENOENT;
	for (descriptor fd = 0; fd < RT_FD_MAX; fd++) {
		struct rt_fd *f = NULL;
		host_lock_acquire(&table.lock);
		struct rt_fd *s = table.slots[fd];
		if (s && s != RESERVED && s->bind_kind == OpenKind_Pipe && s->id == id) {
			f = s;
			rt_fd_ref(f);
		}
		host_lock_release(&table.lock);
		if (!f)
			continue;
		int hfd = rt_fd_end_acquire(f, end);
		if (hfd >= 0) {
			r = host_dup_min(hfd, 3);
			rt_fd_end_release(f, end);
		} else {
			r = -EPIPE;
		}
		rt_fd_put(f);
		if (hfd >= 0)
			break;
	}
	return r;
}
