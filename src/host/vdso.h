/* Symbol lookup in the vDSO, the small ELF image the kernel maps into every process. */
#ifndef TWZ_HOST_VDSO_H
#define TWZ_HOST_VDSO_H

#include "util.h"

/* Finds the defined symbol `name` in the vDSO whose ELF header is at `image` (host_boot.vdso), with
 * symbol version `version` (e.g. "LINUX_2.6"; NULL: any version). Returns its address, or NULL when
 * image is NULL, malformed, or has no such symbol. Every table read is bounds-checked against the size
 * the image's PT_LOAD segment declares. */
HOST_HIDDEN void *host_vdso_sym(const void *image, const char *name, const char *version);

#endif
