/* dlerror: each thread's last error message, kept until that thread reads it.
 *
 * The runtime has no __thread of its own, so messages live in a small table keyed by the thread's TCB
 * and id, under a lock of its own. A thread that reads its message frees the entry; when more threads
 * than the table holds have unread messages, the oldest one is replaced. */
#include <stdarg.h>
#include "../../core/thread/thread.h"
#include "dl.h"

#define DL_ERR_SLOTS 64
#define DL_ERR_LEN 512

struct err_slot {
	const struct rt_tcb *tcb; /* NULL: free */
	thread_id id;
	uint64_t age;
	bool unread;
	char msg[DL_ERR_LEN];
};

static struct {
	struct host_lock lock;
	uint64_t clock;
	struct err_slot slot[DL_ERR_SLOTS];
	char taken[DL_ERR_SLOTS][DL_ERR_LEN]; /* the copy dlerror returns (valid until the next call) */
} errs;

static thread_id self_id(void)
{
	struct rt_thread *t = rt_thread_self();
	return t ? t->id : 0;
}

/* The calling thread's slot (create: take a free or the oldest one). Lock held. */
static struct err_slot *find_slot(bool create)
{
	const struct rt_tcb *tcb = rt_tcb_self();
	thread_id id = self_id();
	struct err_slot *oldest = &errs.slot[0];
	for (size_t i = 0; i < DL_ERR_SLOTS; i++) {
		struct err_slot *s = &errs.slot[i];
		if (s->tcb == tcb && s->id == id)
			return s;
		if (!s->tcb || (oldest->tcb && s->age < oldest->age))
			oldest = s;
	}
	if (!create)
		return NULL;
	oldest->tcb = tcb;
	oldest->id = id;
	return oldest;
}

static void set_message(const char *fmt, va_list ap)
{
	host_lock_acquire(&errs.lock);
	struct err_slot *s = find_slot(true);
	host_vsnprintf(s->msg, sizeof s->msg, fmt, ap);
	s->unread = true;
	s->age = ++errs.clock;
	host_lock_release(&errs.lock);
}

void dl_set_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	set_message(fmt, ap);
	va_end(ap);
}

void dl_take_error(void)
{
	const char *m = ld_error_msg();
	dl_set_error("%s", m && *m ? m : "dynamic loader error");
	ld_error_clear();
}

/* Returns the calling thread's unread message and marks it read, or NULL. The text stays valid until
 * this thread calls dlerror again. */
RT_EXPORT char *dlerror(void)
{
	char *r = NULL;
	host_lock_acquire(&errs.lock);
	struct err_slot *s = find_slot(false);
	if (s && s->unread) {
		size_t i = (size_t)(s - errs.slot);
		memcpy(errs.taken[i], s->msg, DL_ERR_LEN);
		r = errs.taken[i];
		s->unread = false;
		/* The slot stays this thread's, holding the copy returned. */
	}
	host_lock_release(&errs.lock);
	return r;
}
