/* POSIX threads under stress: 16 threads on a mutex, a condition variable queue and a reader-writer
 * lock; mutex kinds; timed waits on CLOCK_MONOTONIC; barriers; join/detach; stdio from many threads. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "lcheck.h"

#define NT 16
#define ITERS 20000

static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *mutex_worker(void *arg)
{
	(void)arg;
	for (int i = 0; i < ITERS; i++) {
		pthread_mutex_lock(&mtx);
		counter++;
		pthread_mutex_unlock(&mtx);
	}
	return (void *)(intptr_t)7;
}

/* A bounded queue: NT/2 producers, NT/2 consumers. */
#define QCAP 8
#define PER_PRODUCER 5000
static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER, not_full = PTHREAD_COND_INITIALIZER;
static int queue[QCAP], qhead, qlen;
static long consumed_sum, consumed_count;

static void *producer(void *arg)
{
	int base = (int)(intptr_t)arg;
	for (int i = 1; i <= PER_PRODUCER; i++) {
		pthread_mutex_lock(&qm);
		while (qlen == QCAP)
			pthread_cond_wait(&not_full, &qm);
		queue[(qhead + qlen++) % QCAP] = base + i;
		pthread_cond_signal(&not_empty);
		pthread_mutex_unlock(&qm);
	}
	return NULL;
}

static void *consumer(void *arg)
{
	(void)arg;
	for (;;) {
		pthread_mutex_lock(&qm);
		while (qlen == 0)
			pthread_cond_wait(&not_empty, &qm);
		int v = queue[qhead];
		qhead = (qhead + 1) % QCAP;
		qlen--;
		pthread_cond_signal(&not_full);
		if (v < 0) {
			pthread_mutex_unlock(&qm);
			return NULL;
		}
		consumed_sum += v;
		consumed_count++;
		pthread_mutex_unlock(&qm);
	}
}

/* Writers keep two values equal; readers check they always are. */
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long rw_a, rw_b;
static _Atomic int rw_bad;

static void *rw_worker(void *arg)
{
	int writer = (int)(intptr_t)arg & 1;
	for (int i = 0; i < 3000; i++) {
		if (writer) {
			pthread_rwlock_wrlock(&rw);
			rw_a++;
			rw_b++;
			pthread_rwlock_unlock(&rw);
		} else {
			pthread_rwlock_rdlock(&rw);
			if (rw_a != rw_b)
				rw_bad = 1;
			pthread_rwlock_unlock(&rw);
		}
	}
	return NULL;
}

static pthread_barrier_t bar;
static _Atomic int serial_count;
static void *barrier_worker(void *arg)
{
	(void)arg;
	for (int i = 0; i < 50; i++)
		if (pthread_barrier_wait(&bar) == PTHREAD_BARRIER_SERIAL_THREAD)
			serial_count++;
	return NULL;
}

static void *printer(void *arg)
{
	for (int i = 0; i < 200; i++)
		fprintf(stdout, "thread %d line %d\n", (int)(intptr_t)arg, i);
	return NULL;
}

static void run(void *(*fn)(void *), int n)
{
	pthread_t t[NT];
	for (int i = 0; i < n; i++)
		CHECK_INT(pthread_create(&t[i], NULL, fn, (void *)(intptr_t)i), 0);
	for (int i = 0; i < n; i++)
		CHECK_INT(pthread_join(t[i], NULL), 0);
}

int main(void)
{
	/* 1. mutex counter, with return values through join */
	pthread_t t[NT];
	for (int i = 0; i < NT; i++)
		CHECK_INT(pthread_create(&t[i], NULL, mutex_worker, NULL), 0);
	for (int i = 0; i < NT; i++) {
		void *ret = NULL;
		CHECK_INT(pthread_join(t[i], &ret), 0);
		CHECK(ret == (void *)(intptr_t)7);
	}
	CHECK_INT(counter, (long)NT * ITERS);

	/* 2. condition variable queue */
	pthread_t prod[NT / 2], cons[NT / 2];
	for (int i = 0; i < NT / 2; i++) {
		CHECK_INT(pthread_create(&prod[i], NULL, producer, (void *)(intptr_t)(i * 100000)), 0);
		CHECK_INT(pthread_create(&cons[i], NULL, consumer, NULL), 0);
	}
	for (int i = 0; i < NT / 2; i++)
		pthread_join(prod[i], NULL);
	for (int i = 0; i < NT / 2; i++) { /* one stop marker per consumer */
		pthread_mutex_lock(&qm);
		while (qlen == QCAP)
			pthread_cond_wait(&not_full, &qm);
		queue[(qhead + qlen++) % QCAP] = -1;
		pthread_cond_broadcast(&not_empty);
		pthread_mutex_unlock(&qm);
	}
	for (int i = 0; i < NT / 2; i++)
		pthread_join(cons[i], NULL);
	long want = 0;
	for (int p = 0; p < NT / 2; p++)
		want += (long)PER_PRODUCER * p * 100000 + (long)PER_PRODUCER * (PER_PRODUCER + 1) / 2;
	CHECK_INT(consumed_count, (long)(NT / 2) * PER_PRODUCER);
	CHECK_INT(consumed_sum, want);

	/* 3. rwlock */
	run(rw_worker, NT);
	CHECK(!rw_bad);
	CHECK_INT(rw_a, (long)(NT / 2) * 3000);

	/* 4. barrier */
	CHECK_INT(pthread_barrier_init(&bar, NULL, NT), 0);
	run(barrier_worker, NT);
	CHECK_INT(serial_count, 50);
	pthread_barrier_destroy(&bar);

	/* 5. mutex kinds */
	pthread_mutexattr_t ma;
	pthread_mutex_t rec, ec;
	pthread_mutexattr_init(&ma);
	pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&rec, &ma);
	CHECK_INT(pthread_mutex_lock(&rec), 0);
	CHECK_INT(pthread_mutex_lock(&rec), 0);
	CHECK_INT(pthread_mutex_trylock(&rec), 0);
	CHECK_INT(pthread_mutex_unlock(&rec), 0);
	CHECK_INT(pthread_mutex_unlock(&rec), 0);
	CHECK_INT(pthread_mutex_unlock(&rec), 0);
	CHECK_INT(pthread_mutex_unlock(&rec), EPERM);
	pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&ec, &ma);
	CHECK_INT(pthread_mutex_lock(&ec), 0);
	CHECK_INT(pthread_mutex_lock(&ec), EDEADLK);
	CHECK_INT(pthread_mutex_unlock(&ec), 0);
	CHECK_INT(pthread_mutex_unlock(&ec), EPERM);
	pthread_mutex_t nm = PTHREAD_MUTEX_INITIALIZER;
	CHECK_INT(pthread_mutex_lock(&nm), 0);
	CHECK_INT(pthread_mutex_trylock(&nm), EBUSY);
	pthread_mutex_unlock(&nm);

	/* 6. timed waits on CLOCK_MONOTONIC and CLOCK_REALTIME */
	pthread_condattr_t ca;
	pthread_cond_t mc;
	pthread_condattr_init(&ca);
	CHECK_INT(pthread_condattr_setclock(&ca, CLOCK_MONOTONIC), 0);
	clockid_t cid;
	pthread_condattr_getclock(&ca, &cid);
	CHECK_INT(cid, CLOCK_MONOTONIC);
	pthread_cond_init(&mc, &ca);
	struct timespec t0, t1, dl;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	dl = t0;
	dl.tv_nsec += 20000000;
	if (dl.tv_nsec >= 1000000000) {
		dl.tv_sec++;
		dl.tv_nsec -= 1000000000;
	}
	pthread_mutex_lock(&nm);
	int r;
	do
		r = pthread_cond_timedwait(&mc, &nm, &dl);
	while (r == 0);
	pthread_mutex_unlock(&nm);
	CHECK_INT(r, ETIMEDOUT);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	CHECK(t1.tv_sec > dl.tv_sec || (t1.tv_sec == dl.tv_sec && t1.tv_nsec >= dl.tv_nsec));
	clock_gettime(CLOCK_REALTIME, &dl);
	dl.tv_sec -= 1; /* already passed */
	pthread_mutex_lock(&nm);
	CHECK_INT(pthread_cond_timedwait(&not_empty, &nm, &dl), ETIMEDOUT);
	pthread_mutex_unlock(&nm);
	CHECK_INT(pthread_mutex_timedlock(&nm, &dl), 0);
	pthread_mutex_unlock(&nm);

	/* 7. self, equal, detach, errors */
	CHECK(pthread_equal(pthread_self(), pthread_self()));
	CHECK_INT(pthread_join(pthread_self(), NULL), EDEADLK);
	pthread_attr_t at;
	pthread_attr_init(&at);
	CHECK_INT(pthread_attr_setstacksize(&at, 256 * 1024), 0);
	size_t ss;
	pthread_attr_getstacksize(&at, &ss);
	CHECK_INT(ss, 256 * 1024);
	CHECK_INT(pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED), 0);
	for (int i = 0; i < 40; i++) { /* detached threads are reaped by later creates */
		pthread_t d;
		CHECK_INT(pthread_create(&d, &at, mutex_worker, NULL), 0);
	}
	pthread_attr_destroy(&at);

	/* 8. stdio from many threads: lines stay whole (checked by counting) */
	run(printer, 4);
	CHECK_INT(sched_yield(), 0);
	return lc_status();
}
