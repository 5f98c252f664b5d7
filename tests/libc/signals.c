/* POSIX pieces real programs reach for (Lua's interpreter among them): sigsetjmp/siglongjmp and
 * _setjmp/_longjmp as macros and as functions, sigaction agreeing with signal()/raise(), sigpending. */
#include <setjmp.h>
#include <signal.h>
#include "lcheck.h"

static int caught;

static void on_usr1(int sig)
{
	caught = sig;
}

static void jumps(void)
{
	sigjmp_buf sb;
	volatile int n = 0;
	if (sigsetjmp(sb, 1) < 3) {
		n++;
		siglongjmp(sb, n + 1);
	}
	CHECK_INT(n, 2);

	jmp_buf jb;
	volatile int m = 0;
	int r = _setjmp(jb);
	if (r == 0) {
		m = 1;
		_longjmp(jb, 0); /* 0 comes back as 1 */
	}
	CHECK_INT(r, 1);
	CHECK_INT(m, 1);

	/* the function forms: a parenthesised name is no macro call */
	volatile int k = 0;
	if ((sigsetjmp)(sb, 0) == 0) {
		k = 1;
		(siglongjmp)(sb, 7);
	}
	CHECK_INT(k, 1);
	volatile int q = 0;
	int r2 = (_setjmp)(jb);
	if (r2 == 0) {
		q = 1;
		(_longjmp)(jb, 9);
	}
	CHECK_INT(r2, 9);
	CHECK_INT(q, 1);
}

static void actions(void)
{
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	CHECK_OK(sigaction(SIGUSR1, &sa, &old));
	CHECK(old.sa_handler == SIG_DFL);
	/* querying leaves the action in place */
	CHECK_OK(sigaction(SIGUSR1, NULL, &old));
	CHECK(old.sa_handler == on_usr1);
	CHECK_INT(raise(SIGUSR1), 0);
	CHECK_INT(caught, SIGUSR1);
	/* signal() sees what sigaction installed, and the other way round */
	sa.sa_handler = SIG_IGN;
	CHECK_OK(sigaction(SIGUSR2, &sa, NULL));
	CHECK(signal(SIGUSR2, on_usr1) == SIG_IGN);
	CHECK_OK(sigaction(SIGUSR2, NULL, &old));
	CHECK(old.sa_handler == on_usr1);
	caught = 0;
	CHECK_INT(raise(SIGUSR2), 0);
	CHECK_INT(caught, SIGUSR2);

	sa.sa_handler = SIG_IGN;
	sa.sa_flags = 0;
	CHECK_ERR(sigaction(SIGKILL, &sa, NULL), EINVAL);
	CHECK_ERR(sigaction(SIGSTOP, &sa, NULL), EINVAL);
	CHECK_ERR(sigaction(0, &sa, NULL), EINVAL);
	CHECK_ERR(sigaction(NSIG, NULL, NULL), EINVAL);
	sa.sa_flags = 0x2; /* SA_SIGINFO elsewhere: not supported here */
	CHECK_ERR(sigaction(SIGUSR1, &sa, NULL), EINVAL);

	sigset_t set;
	sigfillset(&set);
	CHECK_OK(sigpending(&set));
	CHECK(!sigismember(&set, SIGUSR1));
}

int main(void)
{
	jumps();
	actions();
	return lc_status();
}
