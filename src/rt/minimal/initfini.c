/* The static program's constructors and destructors, found through the linker's array symbols. */
#include "../core/thread/thread.h"
#include "minimal.h"

typedef void (*init_fn)(int, char **, char **);
typedef void (*fini_fn)(void);

/* Defined by the static linker (weak: a link script without them is fine). */
extern init_fn __preinit_array_start[] __attribute__((weak, visibility("hidden")));
extern init_fn __preinit_array_end[] __attribute__((weak, visibility("hidden")));
extern init_fn __init_array_start[] __attribute__((weak, visibility("hidden")));
extern init_fn __init_array_end[] __attribute__((weak, visibility("hidden")));
extern fini_fn __fini_array_start[] __attribute__((weak, visibility("hidden")));
extern fini_fn __fini_array_end[] __attribute__((weak, visibility("hidden")));
/* From crti.o, when a toolchain links one. */
void _init(void) __attribute__((weak));
void _fini(void) __attribute__((weak));

/* Each constructor gets (argc, argv, envp), as glibc passes them; a void(void) one ignores them. */
void rt_min_run_init(int argc, char **argv, char **envp)
{
	for (init_fn *f = __preinit_array_start; f && f < __preinit_array_end; f++)
		(*f)(argc, argv, envp);
	if (_init)
		_init();
	for (init_fn *f = __init_array_start; f && f < __init_array_end; f++)
		(*f)(argc, argv, envp);
}

/* The fini hook of rt_process_exit (thread.h), run once by the first exit of the process from the main
 * thread: fini_array in reverse order, then _fini. A C library's exit runs its atexit handlers and then
 * calls twz_rt_exit; it must not run the fini array itself. */
void rt_runtime_fini(void)
{
	for (fini_fn *f = __fini_array_end; __fini_array_start && f > __fini_array_start;)
		(*--f)();
	if (_fini)
		_fini();
}
