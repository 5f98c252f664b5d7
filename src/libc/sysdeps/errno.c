/* twz_error -> errno: the one place where the runtime ABI's errors become newlib's errno values. */
#include "sysdeps.h"

int __twz_errno_from(twz_error err)
{
	if (err == 0)
		return 0;
	twz_error_code code = TWZ_ERROR_CODE(err);
	switch (TWZ_ERROR_CATEGORY(err)) {
	case GENERIC_ERROR:
		switch (code) {
		case NOT_SUPPORTED: return ENOTSUP;
		case WOULD_BLOCK: return EAGAIN;
		case TIMED_OUT: return ETIMEDOUT;
		case ACCESS_DENIED: return EACCES;
		case NO_SUCH_OPERATION: return ENOSYS;
		case INTERRUPTED: return EINTR;
		case IN_PROGRESS: return EINPROGRESS;
		default: return EIO;
		}
	case ARGUMENT_ERROR:
		switch (code) {
		case INVALID_ADDRESS: return EFAULT;
		case BAD_HANDLE: return EBADF;
		case WRONG_TYPE: return ENOEXEC;
		default: return EINVAL;
		}
	case RESOURCE_ERROR:
		switch (code) {
		case OUT_OF_MEMORY: return ENOMEM;
		case OUT_OF_RESOURCES: return ENOSPC;
		case OUT_OF_NAMES: return EMFILE;
		case UNAVAILABLE: return EAGAIN;
		case BUSY: return EBUSY;
		case NOT_CONNECTED: return ENOTCONN;
		case UNREACHABLE: return EHOSTUNREACH;
		case REFUSED: return ECONNREFUSED;
		default: return EAGAIN;
		}
	case NAMING_ERROR:
		switch (code) {
		case NOT_FOUND: return ENOENT;
		case ALREADY_EXISTS: return EEXIST;
		case WRONG_NAME_KIND: return ENOTDIR;
		case ALREADY_BOUND: return EADDRINUSE;
		case INVALID_NAME: return ENAMETOOLONG;
		case LINK_LOOP: return ELOOP;
		case NOT_EMPTY: return ENOTEMPTY;
		default: return EINVAL;
		}
	case OBJECT_ERROR:
		switch (code) {
		case MAPPING_FAILED: return ENOMEM;
		case NO_SUCH_OBJECT: return ENOENT;
		default: return EFAULT;
		}
	case IO_ERROR:
		switch (code) {
		case SEEK_FAILED: return ESPIPE;
		case RESET: return EPIPE;
		default: return EIO;
		}
	case SECURITY_ERROR:
		return EACCES;
	default:
		return EIO;
	}
}
