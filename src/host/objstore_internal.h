/* Pieces the object store's files share (objstore.c, objcopy.c, objtable.c, store_dir.c); not part of
 * the host layer's contract. */
#ifndef TWZ_HOST_OBJSTORE_INTERNAL_H
#define TWZ_HOST_OBJSTORE_INTERNAL_H

#include "objstore.h"

/* The file name of a persistent object: 32 lowercase hex digits, most significant first, and a NUL. */
#define HOST_OBJID_HEX_LEN 32
HOST_HIDDEN void host_objid_hex(host_objid id, char out[HOST_OBJID_HEX_LEN + 1]);
/* A fresh random non-zero id. Returns 0 or -errno from getrandom. */
HOST_HIDDEN long host_objid_random(host_objid *id);

/* A descriptor of <store>/objects (cached for the life of the process). With create, missing
 * directories are made (mode 0700); without, a missing store gives -ENOENT. Returns the fd or -errno. */
HOST_HIDDEN long host_obj_objects_dir(bool create);

/* The in-process table of volatile objects: id -> memfd. Thread-safe. */
/* Adds id -> fd (the table owns fd afterwards). Returns 0, -EEXIST, or -ENOMEM. */
HOST_HIDDEN long host_voltab_insert(host_objid id, int fd);
/* A new close-on-exec descriptor of id's memfd, for the caller to close. Returns it or -ENOENT. */
HOST_HIDDEN long host_voltab_dup(host_objid id);
/* Forgets id and closes its memfd. Returns 0 or -ENOENT. */
HOST_HIDDEN long host_voltab_remove(host_objid id);
HOST_HIDDEN bool host_voltab_has(host_objid id);

/* A new descriptor of object id's backing (memfd or store file), read-write when writable, for the
 * caller to close. Returns it, -ENOENT when no such object exists, or -errno. */
HOST_HIDDEN long host_obj_open(host_objid id, bool writable);

#endif
