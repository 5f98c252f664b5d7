/* twzrt's <sys/dirent.h> (newlib's says "not supported"): DIR and struct dirent for opendir/readdir
 * over the runtime's directory listing (twz_rt_fd_enumerate_names). Included by newlib's <dirent.h>. */
#ifndef _SYS_DIRENT_H
#define _SYS_DIRENT_H

#include <sys/types.h>

#define MAXNAMLEN 255

#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12

struct dirent {
	ino_t d_ino;
	off_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[MAXNAMLEN + 1];
};
#define _DIRENT_HAVE_D_TYPE 1

/* An open directory stream (contents private to the C library). */
typedef struct __twz_dir DIR;

#endif /* _SYS_DIRENT_H */
