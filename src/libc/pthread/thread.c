/* Threads: create, join, detach, exit, self, equal, names, and the main thread's special cases.
 *
 * Each thread has a C library record (pthread_impl.h), allocated by pthread_create and installed in
 * the runtime's TCB slot by the new thread itself. A joinable thread's record and runtime id are freed
 * by pthread_join; a detached thread that ends puts itself on the reap list, emptied by the next
 * pthread_create or pthread_detach (the runtime frees a thread's stack only when it is joined).
 *
 * The runtime ends the whole process when the main thread exits, so pthread_exit on the main thread
 * waits for every other thread to end first and then exits with status 0. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pthread_impl.h"

#define DEFAULT_STACK_SIZE ((size_t)2 << 20)

struct __twz_thread __twz_main_thread;
_Atomic(uint32_t) __twz_live_threads;

/* Bumped whenever a thread ends; the main thread parked in pthread_exit sleeps on it. */
static _Atomic(uint32_t) park_seq;
static _Atomic(int) main_parked;

static void reent_init(struct __twz_thread *t)
{
	t->reent = &t->own_reent;
	_REENT_INIT_PTR(t->reent);
}

struct __twz_thread *__twz_thread_self(void)
{
	struct __twz_thread *t = __twz_tcb_libc_slot();
	if (t)
		return t;
	if (__twz_on_main_thread()) {
		t = &__twz_main_thread;
		t->reent = _global_impure_ptr;
		t->is_main = 1;
		t->detach_state = TWZ_DETACHED;
	} else {
		/* A thread started through the ABI directly: its record is never freed. */
		t = calloc(1, sizeof *t);
		if (!t)
			return NULL;
		reent_init(t);
		t->detach_state = TWZ_DETACHED;
	}
	t->id = twz_rt_get_thread_info(TWZ_RT_THREAD_ID_SELF).id;
	__twz_tcb_set_libc_slot(t);
	return t;
}

pthread_t pthread_self(void)
{
	return (pthread_t)__twz_thread_self();
}

int pthread_equal(pthread_t a, pthread_t b)
{
	return a == b;
}

static void thread_start(size_t arg)
{
	struct __twz_thread *t = (struct __twz_thread *)arg;
	__twz_tcb_set_libc_slot(t);
	pthread_exit(t->start(t->arg));
}

/* The runtime id of t, once its creator has stored it. */
static thread_id id_of(struct __twz_thread *t)
{
	thread_id id;
	while ((id = __atomic_load_n(&t->id, __ATOMIC_ACQUIRE)) == 0)
		twz_rt_yield_now();
	return id;
}

static void free_record(struct __twz_thread *t)
{
	free(t);
}

/* Joins (and frees) a thread that has ended or is about to. */
static void join_and_free(struct __twz_thread *t)
{
	twz_rt_join_thread(id_of(t), NO_DURATION);
	free_record(t);
}

int pthread_create(pthread_t *restrict out, const pthread_attr_t *restrict attr, void *(*start)(void *),
		   void *restrict arg)
{
	__twz_reap_all();
	size_t stack = attr && attr->__stacksize ? attr->__stacksize : DEFAULT_STACK_SIZE;
	struct __twz_thread *t = calloc(1, sizeof *t);
	if (!t)
		return EAGAIN;
	reent_init(t);
	t->start = start;
	t->arg = arg;
	t->detach_state = attr && attr->__detachstate == PTHREAD_CREATE_DETACHED ? TWZ_DETACHED : TWZ_JOINABLE;
	__atomic_fetch_add(&__twz_live_threads, 1, __ATOMIC_SEQ_CST);
	struct spawn_args sa = { stack, (uintptr_t)thread_start, (size_t)t };
	struct spawn_result r = twz_rt_spawn_thread(sa);
	if (r.err) {
		__atomic_fetch_sub(&__twz_live_threads, 1, __ATOMIC_SEQ_CST);
		free_record(t);
		int e = __twz_errno_from(r.err);
		return e == EINVAL ? EINVAL : EAGAIN;
	}
	__atomic_store_n(&t->id, r.id, __ATOMIC_RELEASE);
	*out = (pthread_t)t;
	return 0;
}

static int join(pthread_t th, void **ret, struct option_duration timeout)
{
	struct __twz_thread *t = (struct __twz_thread *)th;
	if (!t)
		return ESRCH;
	if (t == __twz_thread_self())
		return EDEADLK;
	if (t->is_main || __atomic_load_n(&t->detach_state, __ATOMIC_ACQUIRE) == TWZ_DETACHED)
		return EINVAL;
	twz_error err = twz_rt_join_thread(id_of(t), timeout);
	if (err) {
		int e = __twz_errno_from(err);
		return e == ETIMEDOUT ? (timeout.dur.seconds == 0 && timeout.dur.nanos == 0 ? EBUSY : ETIMEDOUT)
				      : ESRCH;
	}
	if (ret)
		*ret = t->result;
	free_record(t);
	return 0;
}

int pthread_join(pthread_t th, void **ret)
{
	return join(th, ret, NO_DURATION);
}

int pthread_tryjoin_np(pthread_t th, void **ret)
{
	return join(th, ret, __twz_timeout((struct duration){ 0, 0 }));
}

int pthread_timedjoin_np(pthread_t th, void **ret, const struct timespec *abs)
{
	struct duration d = { 0, 0 };
	int n = __twz_until(CLOCK_REALTIME, abs, &d);
	if (n < 0)
		return EINVAL;
	int r = join(th, ret, __twz_timeout(d));
	return r == EBUSY ? ETIMEDOUT : r;
}

int pthread_detach(pthread_t th)
{
	struct __twz_thread *t = (struct __twz_thread *)th;
	if (!t)
		return ESRCH;
	uint32_t s = TWZ_JOINABLE;
	if (__atomic_compare_exchange_n(&t->detach_state, &s, TWZ_DETACHED, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
		__twz_reap_all();
		return 0;
	}
	if (s == TWZ_ENDED) { /* it has already ended: nobody will join it but us */
		join_and_free(t);
		return 0;
	}
	return EINVAL;
}

/* ---- the reap list of ended detached threads ---- */

static struct __twz_thread *_Atomic reap_list;

void __twz_reap_push(struct __twz_thread *t)
{
	struct __twz_thread *head = __atomic_load_n(&reap_list, __ATOMIC_RELAXED);
	do
		t->reap_next = head;
	while (!__atomic_compare_exchange_n(&reap_list, &head, t, 1, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
}

void __twz_reap_all(void)
{
	struct __twz_thread *t = __atomic_exchange_n(&reap_list, NULL, __ATOMIC_ACQUIRE);
	while (t) {
		struct __twz_thread *next = t->reap_next;
		join_and_free(t);
		t = next;
	}
}

/* ---- ending ---- */

void __twz_cleanup_push(struct __twz_cleanup *c)
{
	struct __twz_thread *t = __twz_thread_self();
	c->__next = t->cleanup;
	t->cleanup = c;
}

void __twz_cleanup_pop(struct __twz_cleanup *c, int execute)
{
	struct __twz_thread *t = __twz_thread_self();
	t->cleanup = c->__next;
	if (execute)
		c->__routine(c->__arg);
}

static void wake_main(void)
{
	__atomic_fetch_add(&park_seq, 1, __ATOMIC_SEQ_CST);
	if (__atomic_load_n(&main_parked, __ATOMIC_SEQ_CST))
		twz_rt_futex_wake(&park_seq, FUTEX_WAKE_ALL);
}

/* The main thread in pthread_exit: waits for the other threads to end (any of them may end the process
 * sooner with exit()), then exits with status 0. */
static _Noreturn void main_exit(void)
{
	__atomic_store_n(&main_parked, 1, __ATOMIC_SEQ_CST);
	for (;;) {
		uint32_t seq = __atomic_load_n(&park_seq, __ATOMIC_SEQ_CST);
		if (__atomic_load_n(&__twz_live_threads, __ATOMIC_SEQ_CST) == 0)
			exit(0);
		twz_rt_futex_wait(&park_seq, seq, NO_DURATION);
	}
}

void pthread_exit(void *result)
{
	struct __twz_thread *t = __twz_thread_self();
	while (t->cleanup) {
		struct __twz_cleanup *c = t->cleanup;
		t->cleanup = c->__next;
		c->__routine(c->__arg);
	}
	__twz_keys_run_destructors(t);
	if (t->is_main)
		main_exit();
	t->result = result;
	if (t->reent == &t->own_reent)
		_reclaim_reent(t->reent);
	/* From here on newlib must not see this record: it may be freed as soon as we are marked ended. */
	__twz_tcb_set_libc_slot(NULL);
	uint32_t s = TWZ_JOINABLE;
	if (!__atomic_compare_exchange_n(&t->detach_state, &s, TWZ_ENDED, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
		__twz_reap_push(t);
	__atomic_fetch_sub(&__twz_live_threads, 1, __ATOMIC_SEQ_CST);
	wake_main();
	twz_rt_thread_exit(0);
}

int pthread_setname_np(pthread_t th, const char *name)
{
	if (strlen(name) >= 16)
		return ERANGE;
	if (th != pthread_self())
		return ENOSYS; /* the ABI names only the calling thread */
	twz_rt_set_name(name);
	return 0;
}

int pthread_getname_np(pthread_t th, char *name, size_t len)
{
	struct __twz_thread *t = (struct __twz_thread *)th;
	struct thread_info ti = twz_rt_get_thread_info(th == pthread_self() ? TWZ_RT_THREAD_ID_SELF : id_of(t));
	if (!ti.tcb)
		return ESRCH;
	size_t n = len;
	twz_rt_get_name(ti.tcb, name, &n);
	if (n == 0 && len > 0)
		name[0] = '\0';
	return 0;
}

/* Cancellation is not supported. */
int pthread_cancel(pthread_t th)
{
	(void)th;
	return ENOSYS;
}

int pthread_setcancelstate(int state, int *old)
{
	if (state != PTHREAD_CANCEL_ENABLE && state != PTHREAD_CANCEL_DISABLE)
		return EINVAL;
	if (old)
		*old = PTHREAD_CANCEL_ENABLE;
	return 0;
}

int pthread_setcanceltype(int type, int *old)
{
	if (type != PTHREAD_CANCEL_DEFERRED && type != PTHREAD_CANCEL_ASYNCHRONOUS)
		return EINVAL;
	if (old)
		*old = PTHREAD_CANCEL_DEFERRED;
	return 0;
}

void pthread_testcancel(void)
{
}

int pthread_getcpuclockid(pthread_t th, clockid_t *id)
{
	(void)th;
	(void)id;
	return ENOENT; /* no CPU-time clocks */
}

static int concurrency;
int pthread_setconcurrency(int level)
{
	if (level < 0)
		return EINVAL;
	concurrency = level;
	return 0;
}

int pthread_getconcurrency(void)
{
	return concurrency;
}

int pthread_yield(void)
{
	twz_rt_yield_now();
	return 0;
}

/* Scheduling parameters are not part of the ABI: reading gives SCHED_OTHER/0, changing fails. */
int pthread_getschedparam(pthread_t th, int *policy, struct sched_param *param)
{
	(void)th;
	*policy = SCHED_OTHER;
	memset(param, 0, sizeof *param);
	return 0;
}

int pthread_setschedparam(pthread_t th, int policy, const struct sched_param *param)
{
	(void)th;
	(void)policy;
	(void)param;
	return ENOTSUP;
}

int pthread_setschedprio(pthread_t th, int prio)
{
	(void)th;
	(void)prio;
	return ENOTSUP;
}

/* fork does not exist, so handlers are accepted and can never run. */
int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void))
{
	(void)prepare;
	(void)parent;
	(void)child;
	return 0;
}
