/* The one place where Linux errno values become twz_error values (spec §2). */
#include "rt.h"

twz_error rt_error_from_errno(long neg_errno)
{
	switch (-neg_errno) {
	case 0:
		return 0;
	case ENOENT:
	case ESRCH:
	case ENXIO:
		return rt_err(NAMING_ERROR, NOT_FOUND);
	case EEXIST:
		return rt_err(NAMING_ERROR, ALREADY_EXISTS);
	case ENOTDIR:
	case EISDIR:
		return rt_err(NAMING_ERROR, WRONG_NAME_KIND);
	case ENOTEMPTY:
		return rt_err(NAMING_ERROR, NOT_EMPTY);
	case ELOOP:
		return rt_err(NAMING_ERROR, LINK_LOOP);
	case ENAMETOOLONG:
		return rt_err(NAMING_ERROR, INVALID_NAME);
	case EXDEV:
		return rt_err(GENERIC_ERROR, NOT_SUPPORTED);
	case EACCES:
	case EPERM:
	case EROFS:
		return rt_err(GENERIC_ERROR, ACCESS_DENIED);
	case EINVAL:
	case EDOM:
	case ERANGE:
	case EOVERFLOW:
	case E2BIG:
		return rt_err(ARGUMENT_ERROR, INVALID_ARGUMENT);
	case EFAULT:
		return rt_err(ARGUMENT_ERROR, INVALID_ADDRESS);
	case EBADF:
		return rt_err(ARGUMENT_ERROR, BAD_HANDLE);
	case ENOEXEC:
		return rt_err(ARGUMENT_ERROR, WRONG_TYPE);
	case ENOMEM:
		return rt_err(RESOURCE_ERROR, OUT_OF_MEMORY);
	case ENOSPC:
	case EDQUOT:
	case EFBIG:
	case ENFILE:
	case EMLINK:
		return rt_err(RESOURCE_ERROR, OUT_OF_RESOURCES);
	case EMFILE:
		return rt_err(RESOURCE_ERROR, OUT_OF_NAMES);
	case EBUSY:
	case ETXTBSY:
		return rt_err(RESOURCE_ERROR, BUSY);
	case ENOTCONN:
		return rt_err(RESOURCE_ERROR, NOT_CONNECTED);
	case EHOSTUNREACH:
	case ENETUNREACH:
		return rt_err(RESOURCE_ERROR, UNREACHABLE);
	case ECONNREFUSED:
		return rt_err(RESOURCE_ERROR, REFUSED);
	case EAGAIN:
		return rt_err(GENERIC_ERROR, WOULD_BLOCK);
	case ETIMEDOUT:
		return rt_err(GENERIC_ERROR, TIMED_OUT);
	case EINTR:
		return rt_err(GENERIC_ERROR, INTERRUPTED);
	case EINPROGRESS:
	case EALREADY:
		return rt_err(GENERIC_ERROR, IN_PROGRESS);
	case ENOSYS:
	case EOPNOTSUPP:
	case ENOTTY:
		return rt_err(GENERIC_ERROR, NOT_SUPPORTED);
	case ESPIPE:
		return rt_err(IO_ERROR, SEEK_FAILED);
	case ECONNRESET:
	case EPIPE:
		return rt_err(IO_ERROR, RESET);
	case EIO:
		return rt_err(IO_ERROR, DEVICE_ERROR);
	default:
		return rt_err(IO_ERROR, OTHER_IO_ERROR);
	}
}
