/* flockfile/ftrylockfile/funlockfile: the stream's own lock, held against other threads' stdio calls and
 * recursive for its owner; usable on a standard stream before any other stdio call. */
#include <pthread.h>
#include <stdio.h>
#include "lcheck.h"

static FILE *f;
static _Atomic int tried, try_result = -2;

static void *other(void *arg)
{
	(void)arg;
	try_result = ftrylockfile(f);
	tried = 1;
	/* blocks until the main thread lets go, then writes a whole line */
	fputs("other\n", f);
	return NULL;
}

int main(void)
{
	flockfile(stdout); /* first stdio use of the program */
	CHECK_INT(ftrylockfile(stdout), 0); /* recursive */
	funlockfile(stdout);
	funlockfile(stdout);

	char buf[256];
	f = fmemopen(buf, sizeof buf, "w+");
	CHECK(f != NULL);
	if (!f)
		return lc_status();
	setvbuf(f, NULL, _IONBF, 0);
	flockfile(f);
	pthread_t t;
	CHECK_INT(pthread_create(&t, NULL, other, NULL), 0);
	while (!tried)
		sched_yield();
	CHECK(try_result != 0); /* held by us */
	/* the other thread is now blocked in (or about to reach) fputs: our two writes stay together */
	fputs("main1 ", f);
	fputs("main2\n", f);
	funlockfile(f);
	CHECK_INT(pthread_join(t, NULL), 0);
	fflush(f);
	buf[sizeof buf - 1] = 0;
	CHECK_STR(buf, "main1 main2\nother\n");
	fclose(f);
	return lc_status();
}
