/* Terminal attributes and size (tcgetattr/tcsetattr, cf*, ioctl) over the runtime's TERMIOS and WINSIZE
 * registers. Always: the errors for descriptors that are not terminals, and the speed and raw-mode
 * helpers. When standard input is a terminal (tests/libc/termios_pty.sh runs this under a pty): a round
 * trip of attributes and the window size. */
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include "lcheck.h"

static void not_terminals(void)
{
	int p[2];
	CHECK_OK(pipe(p));
	struct termios t;
	struct winsize ws;
	CHECK_ERR(tcgetattr(p[0], &t), ENOTTY);
	CHECK_ERR(tcsetattr(p[1], TCSANOW, &t), ENOTTY);
	CHECK_ERR(ioctl(p[0], TIOCGWINSZ, &ws), ENOTTY);
	CHECK_ERR(ioctl(p[0], 0x7fff, NULL), ENOTTY);
	CHECK_ERR(tcdrain(p[1]), ENOTTY);
	int on = 1;
	CHECK_OK(ioctl(p[0], FIONBIO, &on));
	CHECK(fcntl(p[0], F_GETFL) & O_NONBLOCK);
	char c;
	CHECK_ERR(read(p[0], &c, 1), EAGAIN);
	on = 0;
	CHECK_OK(ioctl(p[0], FIONBIO, &on));
	CHECK(!(fcntl(p[0], F_GETFL) & O_NONBLOCK));
	close(p[0]);
	close(p[1]);
	CHECK_ERR(tcgetattr(p[0], &t), EBADF);
	CHECK_ERR(ioctl(p[0], TIOCGWINSZ, &ws), EBADF);
	CHECK_ERR(tcsetattr(0, 42, &t), EINVAL);
}

static void helpers(void)
{
	struct termios t;
	memset(&t, 0, sizeof t);
	t.c_iflag = ICRNL | IXON | BRKINT;
	t.c_oflag = OPOST | ONLCR;
	t.c_lflag = ECHO | ICANON | ISIG | IEXTEN;
	t.c_cflag = CS7 | PARENB | CREAD;
	CHECK_OK(cfsetospeed(&t, B38400));
	CHECK_INT(cfgetospeed(&t), B38400);
	CHECK_INT(cfgetispeed(&t), B38400);
	CHECK_OK(cfsetspeed(&t, B115200));
	CHECK_INT(cfgetospeed(&t), B115200);
	CHECK_ERR(cfsetospeed(&t, 12345), EINVAL);
	cfmakeraw(&t);
	CHECK_INT(t.c_iflag & (ICRNL | IXON | BRKINT), 0);
	CHECK_INT(t.c_oflag & OPOST, 0);
	CHECK_INT(t.c_lflag & (ECHO | ICANON | ISIG | IEXTEN), 0);
	CHECK_INT(t.c_cflag & (CSIZE | PARENB), CS8);
	CHECK(t.c_cflag & CREAD);
	CHECK_INT(cfgetospeed(&t), B115200);
	CHECK_INT(t.c_cc[VMIN], 1);
	CHECK_INT(t.c_cc[VTIME], 0);
}

static void terminal(int fd)
{
	struct termios orig, t, back;
	CHECK_OK(tcgetattr(fd, &orig));
	t = orig;
	t.c_lflag ^= ECHO;
	t.c_cc[VMIN] = 3;
	CHECK_OK(tcsetattr(fd, TCSAFLUSH, &t));
	CHECK_OK(tcgetattr(fd, &back));
	CHECK_INT(back.c_lflag & ECHO, t.c_lflag & ECHO);
	CHECK_INT(back.c_cc[VMIN], 3);
	CHECK_OK(tcsetattr(fd, TCSANOW, &orig));
	CHECK_OK(ioctl(fd, TCGETS, &back));
	CHECK_INT(back.c_lflag, orig.c_lflag);
	struct winsize ws = { 0 }, ws2 = { 0 };
	CHECK_OK(ioctl(fd, TIOCGWINSZ, &ws));
	ws2 = ws;
	ws2.ws_row = 33;
	ws2.ws_col = 77;
	CHECK_OK(ioctl(fd, TIOCSWINSZ, &ws2));
	memset(&ws2, 0, sizeof ws2);
	CHECK_OK(ioctl(fd, TIOCGWINSZ, &ws2));
	CHECK_INT(ws2.ws_row, 33);
	CHECK_INT(ws2.ws_col, 77);
	CHECK_OK(ioctl(fd, TIOCSWINSZ, &ws));
	CHECK_ERR(tcdrain(fd), ENOSYS);
}

int main(void)
{
	not_terminals();
	helpers();
	if (isatty(0)) {
		terminal(0);
		printf("terminal checked\n");
	}
	return lc_status();
}
