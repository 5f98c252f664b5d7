/* The host_lock mutex (src/host/lock.h, lock.c): mutual exclusion under contention from several threads,
 * which forces the futex slow paths. */
#include "../../src/host/lock.c"

#include <pthread.h>
#include <stdio.h>

#define THREADS 4
#define ROUNDS 200000

static struct host_lock lock = HOST_LOCK_INIT;
static unsigned long counter; /* plain: only the lock protects it */
static int inside;            /* how many threads are in the critical section */
static int violations;

static void *worker(void *arg)
{
	(void)arg;
	for (int i = 0; i < ROUNDS; i++) {
		host_lock_acquire(&lock);
		if (__atomic_add_fetch(&inside, 1, __ATOMIC_RELAXED) != 1)
			__atomic_add_fetch(&violations, 1, __ATOMIC_RELAXED);
		counter++;
		__atomic_sub_fetch(&inside, 1, __ATOMIC_RELAXED);
		host_lock_release(&lock);
	}
	return NULL;
}

int main(void)
{
	pthread_t t[THREADS];
	for (int i = 0; i < THREADS; i++) {
		if (pthread_create(&t[i], NULL, worker, NULL))
			return 77;
	}
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	int fail = 0;
	if (counter != (unsigned long)THREADS * ROUNDS) {
		fprintf(stderr, "counter %lu, want %lu\n", counter, (unsigned long)THREADS * ROUNDS);
		fail = 1;
	}
	if (violations) {
		fprintf(stderr, "%d mutual-exclusion violations\n", violations);
		fail = 1;
	}
	if (lock.state != 0) {
		fprintf(stderr, "lock left in state %u\n", (unsigned)lock.state);
		fail = 1;
	}
	if (!host_lock_try(&lock) || host_lock_try(&lock)) {
		fprintf(stderr, "host_lock_try misbehaves\n");
		fail = 1;
	}
	host_lock_release(&lock);
	return fail;
}
