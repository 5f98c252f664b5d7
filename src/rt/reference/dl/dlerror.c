/* dlerror: each thread's last error message, kept until that thread reads it.
 *
 * The runtime has no __thread of its own, so messages live in a small table keyed by the thread's TCB
 * and id (hashed, probed linearly), guarded by the loader lock. When more threads than the table holds
 * have messages, the oldest entry is replaced. A missed dlsym -- the common, performance-sensitive
 * error -- only copies the symbol and scope names; dlerror formats the text when it is asked for. */
#include <stdarg.h>
#include "../../core/thread/thread.h"
#include "dl.h"

#define DL_ERR_SLOTS 64
#define DL_ERR_LEN 512
#define DL_ERR_NAME 128

enum err_kind { ERR_TEXT, ERR_SYMBOL };

struct err_slot {
	const struct rt_tcb *tcb; /* NULL: free */
	thread_id id;
	bool unread;
	enum err_kind kind;
	uint64_t age;
	char name[DL_ERR_NAME];  /* ERR_SYMBOL: the symbol */
	char msg[DL_ERR_LEN];    /* ERR_TEXT: the message; ERR_SYMBOL: where it was looked for */
	char taken[DL_ERR_LEN];  /* the text dlerror returned (valid until this thread's next call) */
};

static struct {
	uint64_t clock;
	struct err_slot slot[DL_ERR_SLOTS];
} errs;

/* The calling thread's slot; with create, takes a free one or the oldest. Loader lock held. */
static struct err_slot *find_slot(bool create)
{
	const struct rt_tcb *tcb = rt_tcb_self();
	struct rt_thread *t = rt_thread_self();
	thread_id id = t ? t->id : 0;
	size_t start = ((uintptr_t)tcb >> 12) % DL_ERR_SLOTS;
	struct err_slot *victim = NULL;
	for (size_t k = 0; k < DL_ERR_SLOTS; k++) {
		struct err_slot *s = &errs.slot[(start + k) % DL_ERR_SLOTS];
		if (s->tcb == tcb && s->id == id)
			return s;
		if (!s->tcb) {
			victim = s;
			break; /* entries are never freed, so a free one ends the probe */
		}
		if (!victim || (victim->tcb && s->age < victim->age))
			victim = s;
	}
	if (!create)
		return NULL;
	victim->tcb = tcb;
	victim->id = id;
	return victim;
}

static struct err_slot *new_message(enum err_kind kind)
{
	struct err_slot *s = find_slot(true);
	s->kind = kind;
	s->unread = true;
	s->age = ++errs.clock;
	return s;
}

/* Copies at most cap - 1 bytes of src and a NUL. */
static void copy_str(char *dst, const char *src, size_t cap)
{
	size_t i = 0;
	for (; src && src[i] && i < cap - 1; i++)
		dst[i] = src[i];
	dst[i] = 0;
}

void dl_set_error(const char *fmt, ...)
{
	ld_lock();
	struct err_slot *s = new_message(ERR_TEXT);
	va_list ap;
	va_start(ap, fmt);
	host_vsnprintf(s->msg, sizeof s->msg, fmt, ap);
	va_end(ap);
	ld_unlock();
}

void dl_symbol_error(const char *name, const char *where)
{
	ld_lock();
	struct err_slot *s = new_message(ERR_SYMBOL);
	copy_str(s->name, name, sizeof s->name);
	copy_str(s->msg, where, sizeof s->msg);
	ld_unlock();
}

void dl_take_error(void)
{
	const char *m = ld_error_msg();
	dl_set_error("%s", m && *m ? m : "dynamic loader error");
	ld_error_clear();
}

RT_EXPORT char *dlerror(void)
{
	char *r = NULL;
	ld_lock();
	struct err_slot *s = find_slot(false);
	if (s && s->unread) {
		if (s->kind == ERR_SYMBOL)
			host_snprintf(s->taken, sizeof s->taken, "%s: symbol not found in %s", s->name, s->msg);
		else
			copy_str(s->taken, s->msg, sizeof s->taken);
		s->unread = false;
		r = s->taken;
	}
	ld_unlock();
	return r;
}
