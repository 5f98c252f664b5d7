/* twzrt's <setjmp.h>: newlib's, plus POSIX sigsetjmp/siglongjmp and XSI _setjmp/_longjmp, which newlib
 * provides only for Cygwin and RTEMS. No signal mask can be changed in this C library (sigprocmask with a
 * set fails), so saving and restoring it is nothing: these are setjmp/longjmp. setjmp must be called
 * from the caller's own frame, hence macros; the same names also exist as functions (sysdeps/setjmp.c)
 * for code that declares them itself. */
#include_next <setjmp.h>

#ifndef _TWZ_SETJMP_H
#define _TWZ_SETJMP_H

#include <sys/cdefs.h>

#if __POSIX_VISIBLE
typedef jmp_buf sigjmp_buf;
__BEGIN_DECLS
int sigsetjmp(sigjmp_buf __env, int __savemask) __attribute__((__returns_twice__));
void siglongjmp(sigjmp_buf __env, int __val) __attribute__((__noreturn__));
__END_DECLS
#define sigsetjmp(env, savemask) setjmp(env)
#define siglongjmp(env, val) longjmp(env, val)
#endif

#if __XSI_VISIBLE || __BSD_VISIBLE
__BEGIN_DECLS
int _setjmp(jmp_buf __env) __attribute__((__returns_twice__));
void _longjmp(jmp_buf __env, int __val) __attribute__((__noreturn__));
__END_DECLS
#define _setjmp(env) setjmp(env)
#define _longjmp(env, val) longjmp(env, val)
#endif

#endif
