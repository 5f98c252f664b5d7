/* Thread-specific data. A key is a slot of a global table with a generation number (odd while the key
 * exists); a thread's value counts only if it was stored under the key's current generation, so a
 * deleted and re-created key starts as NULL in every thread. */
#include "pthread_impl.h"
#include "../sysdeps/lowlock.h"

static struct {
	_Atomic(unsigned) gen;
	void (*destructor)(void *);
} keys[PTHREAD_KEYS_MAX];
static _Atomic(uint32_t) keys_lock;

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
	__twz_lowlock_acquire(&keys_lock);
	for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
		unsigned g = __atomic_load_n(&keys[k].gen, __ATOMIC_RELAXED);
		if (g & 1)
			continue;
		keys[k].destructor = destructor;
		__atomic_store_n(&keys[k].gen, g + 1, __ATOMIC_RELEASE);
		__twz_lowlock_release(&keys_lock);
		*key = k;
		return 0;
	}
	__twz_lowlock_release(&keys_lock);
	return EAGAIN;
}

int pthread_key_delete(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX)
		return EINVAL;
	__twz_lowlock_acquire(&keys_lock);
	unsigned g = __atomic_load_n(&keys[key].gen, __ATOMIC_RELAXED);
	int r = EINVAL;
	if (g & 1) {
		__atomic_store_n(&keys[key].gen, g + 1, __ATOMIC_RELEASE);
		keys[key].destructor = NULL;
		r = 0;
	}
	__twz_lowlock_release(&keys_lock);
	return r;
}

void *pthread_getspecific(pthread_key_t key)
{
	struct __twz_thread *t = __twz_thread_self();
	if (key >= PTHREAD_KEYS_MAX || !t)
		return NULL;
	unsigned g = __atomic_load_n(&keys[key].gen, __ATOMIC_ACQUIRE);
	return (g & 1) && t->key_gens[key] == g ? t->key_values[key] : NULL;
}

int pthread_setspecific(pthread_key_t key, const void *value)
{
	struct __twz_thread *t = __twz_thread_self();
	if (!t)
		return ENOMEM;
	if (key >= PTHREAD_KEYS_MAX)
		return EINVAL;
	unsigned g = __atomic_load_n(&keys[key].gen, __ATOMIC_ACQUIRE);
	if (!(g & 1))
		return EINVAL;
	t->key_gens[key] = g;
	t->key_values[key] = (void *)value;
	return 0;
}

/* Up to PTHREAD_DESTRUCTOR_ITERATIONS rounds while non-NULL values with destructors remain. */
void __twz_keys_run_destructors(struct __twz_thread *t)
{
	for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
		int ran = 0;
		for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
			unsigned g = __atomic_load_n(&keys[k].gen, __ATOMIC_ACQUIRE);
			void (*d)(void *) = keys[k].destructor;
			void *v = t->key_values[k];
			if (!(g & 1) || t->key_gens[k] != g || !v || !d)
				continue;
			t->key_values[k] = NULL;
			d(v);
			ran = 1;
		}
		if (!ran)
			break;
	}
}
