/* The loader's one error channel: a message and an exit status, fatal at start-up, kept for dlerror
 * afterwards. Guarded by the loader lock. */
#include <stdarg.h>
#include "ld.h"

static struct {
	char msg[512];
	int status;
} err;

int ld_error(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	host_vsnprintf(err.msg, sizeof err.msg, fmt, ap);
	va_end(ap);
	err.status = status;
	ld_debug("error: %s", err.msg);
	return -1;
}

const char *ld_error_msg(void)
{
	return err.msg;
}

int ld_error_status(void)
{
	return err.status;
}

void ld_error_clear(void)
{
	err.msg[0] = 0;
	err.status = 0;
}

_Noreturn void ld_die(void)
{
	host_dprintf(2, "twzrt: %s\n", err.msg[0] ? err.msg : "loader failure");
	host_process_exit(err.status ? err.status : LD_EXIT_NOT_FOUND);
}

void ld_debug(const char *fmt, ...)
{
	static int on = -1;
	if (on < 0)
		on = host_getenv("TWZ_LD_DEBUG") != NULL;
	if (!on)
		return;
	char line[512];
	va_list ap;
	va_start(ap, fmt);
	size_t n = host_vsnprintf(line, sizeof line - 1, fmt, ap);
	va_end(ap);
	if (n > sizeof line - 2)
		n = sizeof line - 2;
	line[n] = '\n';
	host_write_all(2, "twzrt-ld: ", 10);
	host_write_all(2, line, n + 1);
}
