/* File descriptors: opening, closing, information, commands, bindings, and names. */
#ifndef TWIZZLER_RT_FD_H
#define TWIZZLER_RT_FD_H

#include "types.h"

TWZ_BEGIN_DECLS

/* A file descriptor number. */
typedef int32_t descriptor;

/* What to do when a name is opened: an existing id to bind (0: create a new object), and a
 * CREATE_KIND_*. */
struct create_options {
	objid id;
	uint8_t kind;
};

/* The capacity of open_info.name, in bytes (size_t: unsigned long on LP64; a suffix, not a cast, so
 * that bindgen sees it). */
#define NAME_DATA_MAX 2048UL

/* The bind_info of OpenKind_Path: a name of len bytes of UTF-8 (no NUL). Open flags are taken from
 * twz_rt_fd_open's flags argument, not from the flags field. */
struct open_info {
	struct create_options create;
	uint32_t flags;
	size_t len;
	uint8_t name[NAME_DATA_MAX];
};

/* create_options.kind (upstream type: uint8_t). */
enum {
	CREATE_KIND_EXISTING = 0, /* open only a name that exists */
	CREATE_KIND_NEW = 1,	  /* fail if the name exists, else create it */
	CREATE_KIND_EITHER = 2,	  /* open the name if it exists, else create it */
};

/* Open flags (upstream type: uint32_t). TRUNCATE needs WRITE. */
enum {
	OPEN_FLAG_READ = 1,
	OPEN_FLAG_WRITE = 2,
	OPEN_FLAG_TRUNCATE = 4,
	OPEN_FLAG_TAIL = 8,	  /* start at the end */
	OPEN_FLAG_SYMLINK = 0x10, /* open a symlink itself, not its target */
};

/* fd is valid only when err is 0. */
struct open_result {
	descriptor fd;
	twz_error err;
};

/* What twz_rt_fd_open opens; each kind has its own bind_info. */
enum open_kind {
	OpenKind_KernelConsole,
	OpenKind_Object,
	OpenKind_Path,
	OpenKind_Pipe,
	OpenKind_SocketConnect,
	OpenKind_SocketBind,
	OpenKind_SocketAccept,
	OpenKind_PtyServer,
	OpenKind_PtyClient,
	OpenKind_Compartment,
};

/* Socket address families. */
enum addr_kind {
	AddrKind_Ipv4,
	AddrKind_Ipv6,
};

/* Socket protocols. */
enum prot_kind {
	ProtKind_Stream,
	ProtKind_Datagram,
};

/* The octets of an IPv4 or IPv6 address (network order). */
union socket_address_addrs {
	uint8_t v4[4];
	uint8_t v6[16];
};

/* A socket address; port is in host byte order. */
struct socket_address {
	enum addr_kind kind;
	union socket_address_addrs addr_octets;
	uint16_t port;
	uint32_t scope_id;
	uint32_t flowinfo;
};

/* The bind_info of the socket open kinds. */
struct socket_bind_info {
	struct socket_address addr;
	enum prot_kind prot;
};

/* The bind_info of kinds that name an object (pipes, ptys, compartments). */
struct object_bind_info {
	objid id;
};

/* Opens a new descriptor (the lowest free number) of the given kind. Errors: ARGUMENT/INVALID_ARGUMENT
 * for an unknown kind or short bind_info, RESOURCE/OUT_OF_NAMES when no number is free, and the kind's
 * own errors. */
struct open_result twz_rt_fd_open(enum open_kind kind, uint32_t flags, void *bind_info, size_t bind_info_len);

/* Replaces what descriptor fd refers to with a new opening, as twz_rt_fd_open would make it. */
twz_error twz_rt_fd_reopen(descriptor fd, enum open_kind kind, uint32_t flags, void *bind_info,
			   size_t bind_info_len);

/* Closes fd; an fd that is not open is ignored. */
void twz_rt_fd_close(descriptor fd);

/* Descriptor flags. */
typedef uint32_t fd_flags;

/* fd_flags: the descriptor is a terminal. */
enum { FD_IS_TERMINAL = 1 };

/* Descriptor kinds. The runtime may also report values outside this list (0xFFFFFFFF: other). */
enum fd_kind {
	FdKind_Regular,
	FdKind_Directory,
	FdKind_SymLink,
	FdKind_Socket,
	FdKind_Pipe,
	FdKind_Pty,
	FdKind_Compartment,
};

/* Facts about an open descriptor. */
struct fd_info {
	objid id;
	uint64_t len;
	fd_flags flags;
	enum fd_kind kind;
	struct duration created;
	struct duration accessed;
	struct duration modified;
	uint32_t unix_mode;
};

/* Fills *info and returns true if fd is open; otherwise returns false and leaves *info alone. */
bool twz_rt_fd_get_info(descriptor fd, struct fd_info *info);

/* Commands of twz_rt_fd_cmd. */
typedef uint32_t fd_cmd;

/* fd_cmd values. */
enum {
	FD_CMD_DUP = 0,	     /* *(descriptor *)ret = a new descriptor for the same thing */
	FD_CMD_SYNC = 1,     /* flush to storage */
	FD_CMD_TRUNCATE = 2, /* *(uint64_t *)arg is the new length */
	FD_CMD_SHUTDOWN = 3, /* *(uint32_t *)arg: bit 0 shuts reading, bit 1 writing */
};

/* Runs cmd (an FD_CMD_*) on fd. Errors: ARGUMENT/INVALID_ARGUMENT for a closed fd or a bad argument,
 * else the command's own. */
twz_error twz_rt_fd_cmd(descriptor fd, fd_cmd cmd, void *arg, void *ret);

/* The capacity of binding_info.bind_data, in bytes (size_t, as NAME_DATA_MAX). */
#define BIND_DATA_MAX 4096UL

/* How a descriptor was opened: its kind, number, open flags and a copy of its bind_info. Also used to
 * give descriptors to a new program. 16-byte aligned (upstream uses a GNU attribute on the struct; the
 * alignment on the first member gives the same layout). */
struct binding_info {
	TWZ_ALIGNAS(16) enum open_kind kind;
	descriptor fd;
	fd_flags flags;
	uint32_t bind_len;
	uint8_t bind_data[BIND_DATA_MAX];
};

/* Writes the bindings of up to nr_binds open descriptors, in increasing fd order, and returns how many
 * it wrote. */
size_t twz_rt_fd_read_binds(struct binding_info *binds, size_t nr_binds);

/* The capacity of name_entry.name, in bytes. */
#define NAME_ENTRY_LEN 256

/* One directory entry: name holds name_len bytes of name followed by linkname_len bytes of symlink
 * target, with no NULs. */
struct name_entry {
	struct fd_info info;
	uint32_t name_len;
	uint32_t linkname_len;
	uint8_t name[NAME_ENTRY_LEN];
};

/* Lists directory fd: skips off entries, writes up to len into buf, returns how many (0 at the end).
 * Errors: ARGUMENT/BAD_HANDLE, GENERIC/NOT_SUPPORTED, naming errors. */
struct io_result twz_rt_fd_enumerate_names(descriptor fd, struct name_entry *buf, size_t len, size_t off);

/* Removes a name (name_len bytes of UTF-8). Errors: ARGUMENT/INVALID_ARGUMENT, NAMING/NOT_FOUND,
 * NAMING/NOT_EMPTY, GENERIC/NOT_SUPPORTED. */
twz_error twz_rt_fd_remove(const char *name, size_t name_len);

/* Creates a namespace (directory) called name. Errors: as twz_rt_fd_remove, plus NAMING/ALREADY_EXISTS. */
twz_error twz_rt_fd_mkns(const char *name, size_t name_len);

/* Creates a symlink name pointing at target. Errors: as twz_rt_fd_mkns. */
twz_error twz_rt_fd_symlink(const char *name, size_t name_len, const char *target, size_t target_len);

/* Renames old_name to new_name. Errors: as twz_rt_fd_remove, plus NAMING/ALREADY_EXISTS. */
twz_error twz_rt_fd_rename(const char *old_name, size_t old_name_len, const char *new_name,
			   size_t new_name_len);

/* Copies the target of symlink name into buf (truncated to buf_len, no NUL) and stores its length in
 * *out_buf_len. Errors: as twz_rt_fd_remove, plus NAMING/WRONG_NAME_KIND. */
twz_error twz_rt_fd_readlink(const char *name, size_t name_len, char *buf, size_t buf_len,
			     uint64_t *out_buf_len);

/* The process's name roots; NameRoot_Current is the working directory. */
enum name_root {
	NameRoot_Root,
	NameRoot_Home,
	NameRoot_Current,
	NameRoot_Temp,
	NameRoot_Exe,
};

/* Sets a name root to path (relative paths start from the root's current value). Errors:
 * ARGUMENT/INVALID_ARGUMENT, NAMING/NOT_FOUND and other naming errors. */
twz_error twz_rt_set_nameroot(enum name_root root, const char *path, size_t path_len);

/* Copies a name root's path into path (truncated, no NUL) and returns its length. */
struct io_result twz_rt_get_nameroot(enum name_root root, char *path, size_t path_len);

/* Name services. */
enum name_resolver {
	NameResolver_Default,
	NameResolver_Socket,
};

/* Resolves a path (following symlinks) to an object id. Errors: ARGUMENT/INVALID_ARGUMENT,
 * NAMING/NOT_FOUND and other naming errors. */
struct objid_result twz_rt_resolve_name(enum name_resolver resolver, const char *name, size_t name_len);

/* Default resolver: writes name made absolute and normalised into out (truncated, no NUL). Socket
 * resolver: writes an array of struct socket_address. *out_len is out's capacity on entry and the bytes
 * written on return. Errors: ARGUMENT/INVALID_ARGUMENT, lookup errors. */
twz_error twz_rt_canon_name(enum name_resolver resolver, const char *name, size_t name_len, char *out,
			    size_t *out_len);

TWZ_END_DECLS

#endif /* TWIZZLER_RT_FD_H */
