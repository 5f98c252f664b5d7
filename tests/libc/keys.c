/* Thread-specific data with destructors, __thread variables per thread, pthread_once, errno per thread,
 * and pthread_exit from the main thread waiting for the others. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include "lcheck.h"

#define NT 16

static pthread_key_t key, key2;
static _Atomic int destroyed, destroyed2, once_runs;
static __thread int tls_counter = 5;
static __thread char tls_buf[64];
static _Atomic int tls_bad;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void destructor(void *v)
{
	CHECK(v != NULL);
	free(v);
	destroyed++;
}

/* Sets the value again once: a second destructor round must see it. */
static void destructor2(void *v)
{
	if ((intptr_t)v == 1)
		pthread_setspecific(key2, (void *)2);
	destroyed2++;
}

static void init_once(void)
{
	once_runs++;
}

static void *worker(void *arg)
{
	int id = (int)(intptr_t)arg;
	pthread_once(&once, init_once);
	if (tls_counter != 5)
		tls_bad = 1;
	tls_counter = id;
	snprintf(tls_buf, sizeof tls_buf, "thread-%d", id);
	int *p = malloc(sizeof *p);
	*p = id;
	CHECK(pthread_getspecific(key) == NULL);
	CHECK_INT(pthread_setspecific(key, p), 0);
	pthread_setspecific(key2, (void *)1);
	errno = id + 1000;
	for (int i = 0; i < 1000; i++) {
		if (tls_counter != id || *(int *)pthread_getspecific(key) != id)
			tls_bad = 1;
		sched_yield();
	}
	char want[64];
	snprintf(want, sizeof want, "thread-%d", id);
	if (strcmp(tls_buf, want) != 0 || errno != id + 1000)
		tls_bad = 1;
	return NULL;
}

static void *late_worker(void *arg)
{
	(void)arg;
	usleep(20000);
	printf("late worker done\n");
	return NULL;
}

int main(void)
{
	CHECK_INT(pthread_key_create(&key, destructor), 0);
	CHECK_INT(pthread_key_create(&key2, destructor2), 0);
	pthread_t t[NT];
	for (int i = 0; i < NT; i++)
		CHECK_INT(pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i), 0);
	for (int i = 0; i < NT; i++)
		CHECK_INT(pthread_join(t[i], NULL), 0);
	CHECK_INT(destroyed, NT);
	CHECK_INT(destroyed2, 2 * NT);
	CHECK_INT(once_runs, 1);
	CHECK(!tls_bad);
	CHECK_INT(tls_counter, 5); /* the main thread's copy is untouched */
	/* deleting a key and creating one again: values start as NULL */
	pthread_setspecific(key, (void *)&key);
	CHECK_INT(pthread_key_delete(key), 0);
	pthread_key_t k3;
	CHECK_INT(pthread_key_create(&k3, NULL), 0);
	CHECK(pthread_getspecific(k3) == NULL);
	/* pthread_exit on the main thread: the process lives until the other thread ends, then exits 0
	 * (a failure here exits 1 before that). */
	if (lc_failures)
		return 1;
	pthread_t late;
	pthread_create(&late, NULL, late_worker, NULL);
	fflush(stdout);
	pthread_exit(NULL);
}
