/* Terminal attributes and size over the runtime's IO_REGISTER_TERMIOS and IO_REGISTER_WINSIZE config
 * registers: tcgetattr/tcsetattr, the cf* speed helpers, and ioctl for TCGETS/TCSETS/TIOCGWINSZ/
 * TIOCSWINSZ/FIONBIO. A descriptor that is not open: EBADF; one that is not a terminal: ENOTTY.
 *
 * The ABI sets attributes at once: tcsetattr's TCSADRAIN and TCSAFLUSH are carried out as TCSANOW (no
 * drain of pending output, no discard of unread input). Draining, flushing, flow control and breaks have
 * no ABI operation: tcdrain, tcflush, tcflow and tcsendbreak fail with ENOSYS on a terminal. */
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include "sysdeps.h"

/* 0 if fd is an open terminal; else -1 with errno EBADF or ENOTTY. */
static int check_tty(int fd)
{
	struct fd_info fi;
	if (!twz_rt_fd_get_info(fd, &fi))
		return __twz_fail_errno(EBADF);
	if (!(fi.flags & FD_IS_TERMINAL))
		return __twz_fail_errno(ENOTTY);
	return 0;
}

/* A register access on a terminal; the runtime's "not supported" means not a terminal after all. */
static int tty_result(twz_error err)
{
	if (!err)
		return 0;
	int e = __twz_errno_from(err);
	return __twz_fail_errno(e == ENOTSUP ? ENOTTY : e);
}

static speed_t cflag_speed(tcflag_t cflag)
{
	return cflag & CBAUD;
}

int tcgetattr(int fd, struct termios *t)
{
	if (check_tty(fd) < 0)
		return -1;
	if (tty_result(twz_rt_fd_get_config(fd, IO_REGISTER_TERMIOS, t, sizeof *t)) < 0)
		return -1;
	t->c_ispeed = t->c_ospeed = cflag_speed(t->c_cflag);
	return 0;
}

int tcsetattr(int fd, int actions, const struct termios *t)
{
	if (actions != TCSANOW && actions != TCSADRAIN && actions != TCSAFLUSH)
		return __twz_fail_errno(EINVAL);
	if (check_tty(fd) < 0)
		return -1;
	return tty_result(twz_rt_fd_set_config(fd, IO_REGISTER_TERMIOS, t, sizeof *t));
}

speed_t cfgetispeed(const struct termios *t)
{
	return cflag_speed(t->c_cflag);
}

speed_t cfgetospeed(const struct termios *t)
{
	return cflag_speed(t->c_cflag);
}

/* One speed for both directions, as the terminal driver keeps it (c_cflag & CBAUD). */
int cfsetospeed(struct termios *t, speed_t speed)
{
	if (speed & ~(speed_t)CBAUD)
		return __twz_fail_errno(EINVAL);
	t->c_cflag = (t->c_cflag & ~(tcflag_t)CBAUD) | speed;
	t->c_ispeed = t->c_ospeed = speed;
	return 0;
}

/* 0 means "the same as the output speed". */
int cfsetispeed(struct termios *t, speed_t speed)
{
	return speed == 0 ? 0 : cfsetospeed(t, speed);
}

int cfsetspeed(struct termios *t, speed_t speed)
{
	return cfsetospeed(t, speed);
}

void cfmakeraw(struct termios *t)
{
	t->c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
	t->c_oflag &= ~(tcflag_t)OPOST;
	t->c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
	t->c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
	t->c_cflag |= CS8;
	t->c_cc[VMIN] = 1;
	t->c_cc[VTIME] = 0;
}

static int no_abi_operation(int fd)
{
	return check_tty(fd) < 0 ? -1 : __twz_fail_errno(ENOSYS);
}

int tcdrain(int fd)
{
	return no_abi_operation(fd);
}

int tcflush(int fd, int queue)
{
	(void)queue;
	return no_abi_operation(fd);
}

int tcflow(int fd, int action)
{
	(void)action;
	return no_abi_operation(fd);
}

int tcsendbreak(int fd, int duration)
{
	(void)duration;
	return no_abi_operation(fd);
}

int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	va_start(ap, request);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	switch (request) {
	case TCGETS:
		return tcgetattr(fd, arg);
	case TCSETS:
		return tcsetattr(fd, TCSANOW, arg);
	case TIOCGWINSZ:
		if (check_tty(fd) < 0)
			return -1;
		return tty_result(twz_rt_fd_get_config(fd, IO_REGISTER_WINSIZE, arg, sizeof(struct winsize)));
	case TIOCSWINSZ:
		if (check_tty(fd) < 0)
			return -1;
		return tty_result(twz_rt_fd_set_config(fd, IO_REGISTER_WINSIZE, arg, sizeof(struct winsize)));
	case FIONBIO: {
		int flags = fcntl(fd, F_GETFL);
		if (flags < 0)
			return -1;
		int on = arg && *(const int *)arg;
		return fcntl(fd, F_SETFL, on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK) < 0 ? -1 : 0;
	}
	default: {
		struct fd_info fi;
		if (!twz_rt_fd_get_info(fd, &fi))
			return __twz_fail_errno(EBADF);
		return __twz_fail_errno(ENOTTY);
	}
	}
}
