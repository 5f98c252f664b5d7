/* twz_rt_fd_get_config / set_config: IO_FLAGS on every descriptor, STATUS and SIGNAL on compartments,
 * TERMIOS (the kernel's struct termios, a prefix of the C library's) and WINSIZE on terminals. Socket
 * registers: GENERIC/NOT_SUPPORTED (no sockets yet). A closed fd or an unknown register:
 * ARGUMENT/INVALID_ARGUMENT. */
#include "../exec/exec.h"
#include "fd.h"
#include <asm/ioctls.h>
#include <asm/termbits.h>
#include <asm/termios.h>

static bool socket_register(uint32_t reg)
{
	return (reg >= IO_REGISTER_ADDR && reg <= IO_REGISTER_WRITETIMEOUT) ||
	       (reg >= IO_REGISTER_MULTICAST_V4 && reg <= IO_REGISTER_MULTICAST_TTL_V4);
}

/* ioctl on the record's host fd (read end first). */
static long tty_ioctl(struct rt_fd *f, unsigned long req, void *arg)
{
	if (f->type != RT_FD_STREAM)
		return -ENOTTY;
	int which = RT_END_READ;
	int hfd = rt_fd_end_acquire(f, which);
	if (hfd < 0)
		hfd = rt_fd_end_acquire(f, which = RT_END_WRITE);
	if (hfd < 0)
		return -ENOTTY;
	long r = host_ioctl(hfd, req, arg);
	rt_fd_end_release(f, which);
	return r;
}

/* The value of IO_REGISTER_TERMIOS (Linux's struct termios) or IO_REGISTER_WINSIZE (struct winsize). */
union tty_value {
	struct termios t;
	struct winsize w;
};

static size_t tty_value_size(uint32_t reg)
{
	return reg == IO_REGISTER_TERMIOS ? sizeof(struct termios) : sizeof(struct winsize);
}

static twz_error get_register(struct rt_fd *f, uint32_t reg, void *val, size_t len)
{
	if (reg == IO_REGISTER_IO_FLAGS) {
		if (len != sizeof(uint32_t))
			return RT_ERR_INVALID_ARGUMENT;
		uint32_t v = __atomic_load_n(&f->io_flags, __ATOMIC_RELAXED);
		memcpy(val, &v, sizeof v);
		return 0;
	}
	if (socket_register(reg))
		return RT_ERR_NOT_SUPPORTED;
	if (reg == IO_REGISTER_STATUS) {
		if (f->type != RT_FD_COMPARTMENT || len < sizeof(uint64_t))
			return RT_ERR_INVALID_ARGUMENT;
		uint64_t v = rt_comp_status(f);
		memset(val, 0, len);
		memcpy(val, &v, sizeof v);
		return 0;
	}
	if (reg == IO_REGISTER_TERMIOS || reg == IO_REGISTER_WINSIZE) {
		union tty_value u;
		size_t need = tty_value_size(reg);
		if (len < need)
			return RT_ERR_INVALID_ARGUMENT;
		long r = tty_ioctl(f, reg == IO_REGISTER_TERMIOS ? TCGETS : TIOCGWINSZ, &u);
		if (r < 0)
			return rt_error_from_errno(r);
		memset(val, 0, len);
		memcpy(val, &u, need);
		return 0;
	}
	return RT_ERR_INVALID_ARGUMENT;
}

static twz_error set_register(struct rt_fd *f, uint32_t reg, const void *val, size_t len)
{
	if (reg == IO_REGISTER_IO_FLAGS) {
		if (len != sizeof(uint32_t))
			return RT_ERR_INVALID_ARGUMENT;
		uint32_t v;
		memcpy(&v, val, sizeof v);
		__atomic_store_n(&f->io_flags, v, __ATOMIC_RELAXED);
		return 0;
	}
	if (socket_register(reg))
		return RT_ERR_NOT_SUPPORTED;
	if (reg == IO_REGISTER_SIGNAL) {
		if (f->type != RT_FD_COMPARTMENT || len < sizeof(uint64_t))
			return RT_ERR_INVALID_ARGUMENT;
		uint64_t sig;
		memcpy(&sig, val, sizeof sig);
		return rt_comp_signal(f, sig);
	}
	if (reg == IO_REGISTER_TERMIOS || reg == IO_REGISTER_WINSIZE) {
		union tty_value u;
		size_t need = tty_value_size(reg);
		if (len < need)
			return RT_ERR_INVALID_ARGUMENT;
		memcpy(&u, val, need);
		return rt_error_from_errno(
		    tty_ioctl(f, reg == IO_REGISTER_TERMIOS ? TCSETS : TIOCSWINSZ, &u));
	}
	return RT_ERR_INVALID_ARGUMENT;
}

twz_error rt_fd_get_config(descriptor fd, uint32_t reg, void *val, size_t len)
{
	if (!val && len)
		return RT_ERR_INVALID_ARGUMENT;
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return RT_ERR_INVALID_ARGUMENT;
	twz_error err = get_register(f, reg, val, len);
	rt_fd_put(f);
	return err;
}

twz_error rt_fd_set_config(descriptor fd, uint32_t reg, const void *val, size_t len)
{
	if (!val && len)
		return RT_ERR_INVALID_ARGUMENT;
	struct rt_fd *f = rt_fd_get(fd);
	if (!f)
		return RT_ERR_INVALID_ARGUMENT;
	twz_error err = set_register(f, reg, val, len);
	rt_fd_put(f);
	return err;
}
