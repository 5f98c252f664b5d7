/* A minimal <sys/select.h> for programs built by the twzrt toolchain, which has no C library yet: just
 * what the Twizzler ABI's rt/io.h needs. fd_set has glibc's layout (FD_SETSIZE 1024 bits, 128 bytes, an
 * array of longs) and the FD_* macros work the same way. No select() function and no struct timeval:
 * the ABI's twz_rt_fd_select takes a struct option_duration. Not used where a C library supplies its
 * own <sys/select.h>. */
#ifndef TWZ_COMPAT_SYS_SELECT_H
#define TWZ_COMPAT_SYS_SELECT_H

/* A C library's <sys/select.h> (guard _SYS_SELECT_H in glibc and musl) wins if it came first. */
#ifndef _SYS_SELECT_H

#define FD_SETSIZE 1024

#ifdef __cplusplus
extern "C" {
#endif

/* The bits of one long in fd_set. */
#define TWZ_NFDBITS ((int)(8 * sizeof(long)))

/* A set of descriptors 0..FD_SETSIZE-1, one bit each. */
typedef struct {
	long fds_bits[FD_SETSIZE / (8 * sizeof(long))];
} fd_set;

#ifdef __cplusplus
}
#endif

/* Empties *set. */
#define FD_ZERO(set)                                                                                         \
	do {                                                                                                 \
		unsigned int twz_i_;                                                                         \
		fd_set *twz_s_ = (set);                                                                      \
		for (twz_i_ = 0; twz_i_ < sizeof(twz_s_->fds_bits) / sizeof(twz_s_->fds_bits[0]); twz_i_++)  \
			twz_s_->fds_bits[twz_i_] = 0;                                                        \
	} while (0)

/* Adds, removes and tests descriptor fd (0 <= fd < FD_SETSIZE). */
#define FD_SET(fd, set) ((void)((set)->fds_bits[(fd) / TWZ_NFDBITS] |= (long)(1UL << ((fd) % TWZ_NFDBITS))))
#define FD_CLR(fd, set) ((void)((set)->fds_bits[(fd) / TWZ_NFDBITS] &= ~(long)(1UL << ((fd) % TWZ_NFDBITS))))
#define FD_ISSET(fd, set) (((set)->fds_bits[(fd) / TWZ_NFDBITS] & (long)(1UL << ((fd) % TWZ_NFDBITS))) != 0)

#endif /* _SYS_SELECT_H */

#endif /* TWZ_COMPAT_SYS_SELECT_H */
