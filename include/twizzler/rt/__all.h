/* Every header of the Twizzler runtime ABI (upstream feeds this file to bindgen). */
#ifndef TWIZZLER_RT_ALL_H
#define TWIZZLER_RT_ALL_H

#include "types.h"
#include "../error.h"
#include "alloc.h"
#include "core.h"
#include "exec.h"
#include "thread.h"
#include "handle.h"
#include "fd.h"
#include "io.h"
#include "object.h"
#include "time.h"
#include "debug.h"
#include "info.h"
#include "random.h"
#include "version.h"

#endif /* TWIZZLER_RT_ALL_H */
