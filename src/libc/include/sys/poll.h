/* Same as <poll.h>. */
#include <poll.h>
