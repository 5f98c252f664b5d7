/* twzrt's <sys/ioctl.h>: ioctl for the few terminal and descriptor requests the runtime ABI can carry
 * (see sysdeps/termios.c); any other request fails with ENOTTY. The request numbers are Linux's, which
 * programs written for it expect. */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#include <sys/cdefs.h>
#include <sys/termios.h>

#define TCGETS 0x5401
#define TCSETS 0x5402
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#define FIONBIO 0x5421

__BEGIN_DECLS
int ioctl(int __fd, unsigned long __request, ...);
__END_DECLS

#endif
