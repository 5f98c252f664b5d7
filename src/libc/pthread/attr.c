/* Thread attributes. Only the stack size and the detach state affect a new thread; a user-supplied stack
 * cannot be used (the runtime allocates every thread's stack): pthread_attr_setstack fails with ENOTSUP. */
#include <string.h>
#include "pthread_impl.h"

int pthread_attr_init(pthread_attr_t *a)
{
	memset(a, 0, sizeof *a);
	a->__detachstate = PTHREAD_CREATE_JOINABLE;
	a->__inheritsched = PTHREAD_INHERIT_SCHED;
	a->__schedpolicy = SCHED_OTHER;
	return 0;
}

int pthread_attr_destroy(pthread_attr_t *a)
{
	(void)a;
	return 0;
}

int pthread_attr_setstacksize(pthread_attr_t *a, size_t size)
{
	if (size < PTHREAD_STACK_MIN)
		return EINVAL;
	a->__stacksize = size;
	return 0;
}

/* 0 in the attribute means "the default", reported as that. */
int pthread_attr_getstacksize(const pthread_attr_t *restrict a, size_t *restrict size)
{
	*size = a->__stacksize ? a->__stacksize : ((size_t)2 << 20);
	return 0;
}

int pthread_attr_setstack(pthread_attr_t *a, void *addr, size_t size)
{
	(void)a;
	(void)addr;
	(void)size;
	return ENOTSUP;
}

int pthread_attr_getstack(const pthread_attr_t *restrict a, void **restrict addr, size_t *restrict size)
{
	*addr = NULL;
	return pthread_attr_getstacksize(a, size);
}

int pthread_attr_setguardsize(pthread_attr_t *a, size_t size)
{
	a->__guardsize = (int)(size > 0x7fffffff ? 0x7fffffff : size);
	return 0;
}

int pthread_attr_getguardsize(const pthread_attr_t *restrict a, size_t *restrict size)
{
	*size = (size_t)a->__guardsize;
	return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t *a, int state)
{
	if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED)
		return EINVAL;
	a->__detachstate = state;
	return 0;
}

int pthread_attr_getdetachstate(const pthread_attr_t *a, int *state)
{
	*state = a->__detachstate;
	return 0;
}

int pthread_attr_setinheritsched(pthread_attr_t *a, int v)
{
	if (v != PTHREAD_INHERIT_SCHED && v != PTHREAD_EXPLICIT_SCHED)
		return EINVAL;
	a->__inheritsched = v;
	return 0;
}

int pthread_attr_getinheritsched(const pthread_attr_t *restrict a, int *restrict v)
{
	*v = a->__inheritsched;
	return 0;
}

/* Only SCHED_OTHER exists. */
int pthread_attr_setschedpolicy(pthread_attr_t *a, int policy)
{
	if (policy != SCHED_OTHER)
		return ENOTSUP;
	a->__schedpolicy = policy;
	return 0;
}

int pthread_attr_getschedpolicy(const pthread_attr_t *restrict a, int *restrict policy)
{
	*policy = a->__schedpolicy;
	return 0;
}

int pthread_attr_setschedparam(pthread_attr_t *restrict a, const struct sched_param *restrict p)
{
	if (p->sched_priority != 0)
		return ENOTSUP;
	a->__schedparam = *p;
	return 0;
}

int pthread_attr_getschedparam(const pthread_attr_t *restrict a, struct sched_param *restrict p)
{
	*p = a->__schedparam;
	return 0;
}

int pthread_attr_setscope(pthread_attr_t *a, int scope)
{
	if (scope == PTHREAD_SCOPE_PROCESS)
		return ENOTSUP;
	if (scope != PTHREAD_SCOPE_SYSTEM)
		return EINVAL;
	a->__scope = scope;
	return 0;
}

int pthread_attr_getscope(const pthread_attr_t *restrict a, int *restrict scope)
{
	*scope = a->__scope;
	return 0;
}

/* The attributes a thread was created with, as far as they are known: joinable or detached. */
int pthread_getattr_np(pthread_t th, pthread_attr_t *a)
{
	struct __twz_thread *t = (struct __twz_thread *)th;
	pthread_attr_init(a);
	if (__atomic_load_n(&t->detach_state, __ATOMIC_ACQUIRE) == TWZ_DETACHED)
		a->__detachstate = PTHREAD_CREATE_DETACHED;
	return 0;
}
