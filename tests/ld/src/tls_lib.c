/* libtlsa / libtlsb: a TLS module (tls_common.h) named by PREFIX with initial values from BASE. libtlsb
 * is built with TLS descriptors (-mtls-dialect=gnu2), libtlsa with __tls_get_addr. */
#include "out.h"
#include "tls_common.h"

#define TLS_MODULE_EXPANDED(p, b) TLS_MODULE(p, b)
TLS_MODULE_EXPANDED(PREFIX, BASE)
