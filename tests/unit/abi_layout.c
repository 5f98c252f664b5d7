/* The ABI headers against the spec (/work/shared/spec/abi.md): every typedef's exact type, every struct
 * and union's size, alignment, field offsets and field sizes (§2.2, 3.1, 5.1, 6.1, 6.2, 7.2, 9.1, 11, 12),
 * every constant's value, the error encoding (§2.3-2.5) and every function's signature. All checks are
 * static: a drift fails the build of this test. The file also compiles as C++ (tests/abi/headers.sh
 * does so), which checks the layouts C++ sees; only the type and signature checks are C-only. */
#include <stddef.h>
#include <stdint.h>

#include <twizzler/rt/__all.h>

#ifdef __cplusplus
#define ASSERT(cond, what) static_assert(cond, what)
#define ALIGNOF(T) alignof(T)
#else
#define ASSERT(cond, what) _Static_assert(cond, what)
#define ALIGNOF(T) _Alignof(T)
#endif

/* T has this size and alignment. */
#define LAYOUT(T, size, align)                                                                               \
	ASSERT(sizeof(T) == (size), "sizeof(" #T ")");                                                       \
	ASSERT(ALIGNOF(T) == (align), "alignof(" #T ")")
/* Member f of T is at byte off and is size bytes long. */
#define FIELD(T, f, off, size)                                                                               \
	ASSERT(offsetof(T, f) == (off), "offsetof(" #T ", " #f ")");                                         \
	ASSERT(sizeof(((T *)0)->f) == (size), "sizeof(" #T "." #f ")")
/* Constant name has value v. */
#define VALUE(name, v) ASSERT((name) == (v), #name " == " #v)

/* ---- §2.1 scalar typedefs: width and signedness ---- */
#define SCALAR(T, size, is_signed)                                                                           \
	ASSERT(sizeof(T) == (size), "sizeof(" #T ")");                                                       \
	ASSERT((((T)-1) > (T)0) == !(is_signed), "signedness of " #T)

SCALAR(ssize_t, 8, 1);
SCALAR(objid, 16, 0);
ASSERT(ALIGNOF(objid) == 16, "alignof(objid)");
SCALAR(twz_error, 8, 0);
SCALAR(twz_error_code, 2, 0);
SCALAR(twz_error_category, 2, 0);
SCALAR(exit_code, 4, 1);
SCALAR(alloc_flags, 4, 0);
SCALAR(futex_word, 4, 0);
SCALAR(thread_id, 4, 0);
SCALAR(map_flags, 4, 0);
SCALAR(release_flags, 4, 0);
SCALAR(object_cmd, 4, 0);
SCALAR(descriptor, 4, 1);
SCALAR(fd_flags, 4, 0);
SCALAR(fd_cmd, 4, 0);
SCALAR(whence, 4, 0);
SCALAR(io_flags, 4, 0);
SCALAR(optional_offset, 8, 1);
SCALAR(wait_kind, 4, 0);
SCALAR(exec_flags, 4, 0);
SCALAR(get_random_flags, 4, 0);
SCALAR(loaded_image_id, 4, 0);

/* Enum types are 4 bytes (upstream's Rust side treats them as u32). */
LAYOUT(enum open_kind, 4, 4);
LAYOUT(enum addr_kind, 4, 4);
LAYOUT(enum prot_kind, 4, 4);
LAYOUT(enum fd_kind, 4, 4);
LAYOUT(enum name_root, 4, 4);
LAYOUT(enum name_resolver, 4, 4);
LAYOUT(enum endpoint_kind, 4, 4);
LAYOUT(enum monotonicity, 4, 4);

/* ---- §2.2 common structs ---- */
LAYOUT(struct duration, 16, 8);
FIELD(struct duration, seconds, 0, 8);
FIELD(struct duration, nanos, 8, 4);

LAYOUT(struct option_duration, 24, 8);
FIELD(struct option_duration, dur, 0, 16);
FIELD(struct option_duration, is_some, 16, 4);

LAYOUT(struct u32_result, 16, 8);
FIELD(struct u32_result, err, 0, 8);
FIELD(struct u32_result, val, 8, 4);

LAYOUT(struct u64_result, 16, 8);
FIELD(struct u64_result, err, 0, 8);
FIELD(struct u64_result, val, 8, 8);

LAYOUT(struct objid_result, 32, 16);
FIELD(struct objid_result, err, 0, 8);
FIELD(struct objid_result, val, 16, 16);

LAYOUT(struct ptr_result, 16, 8);
FIELD(struct ptr_result, err, 0, 8);
FIELD(struct ptr_result, val, 8, 8);

LAYOUT(struct io_result, 16, 8);
FIELD(struct io_result, err, 0, 8);
FIELD(struct io_result, val, 8, 8);

/* ---- §2.3-2.5 errors ---- */
VALUE(ERROR_CODE_SHIFT, 0);
VALUE(ERROR_CODE_MASK, 0x000000000000FFFFull);
VALUE(ERROR_CATEGORY_SHIFT, 32);
VALUE(ERROR_CATEGORY_MASK, 0x0000FFFF00000000ull);
ASSERT(sizeof(ERROR_CODE_MASK) == 8 && sizeof(ERROR_CATEGORY_MASK) == 8, "masks are twz_error");
VALUE(SUCCESS, 0);

VALUE(UNCATEGORIZED_ERROR, 0);
VALUE(GENERIC_ERROR, 1);
VALUE(ARGUMENT_ERROR, 2);
VALUE(RESOURCE_ERROR, 3);
VALUE(NAMING_ERROR, 4);
VALUE(OBJECT_ERROR, 5);
VALUE(IO_ERROR, 6);
VALUE(SECURITY_ERROR, 7);

VALUE(OTHER_ERROR, 0);
VALUE(NOT_SUPPORTED, 1);
VALUE(INTERNAL, 2);
VALUE(WOULD_BLOCK, 3);
VALUE(TIMED_OUT, 4);
VALUE(ACCESS_DENIED, 5);
VALUE(NO_SUCH_OPERATION, 6);
VALUE(INTERRUPTED, 7);
VALUE(IN_PROGRESS, 8);

VALUE(INVALID_ARGUMENT, 1);
VALUE(WRONG_TYPE, 2);
VALUE(INVALID_ADDRESS, 3);
VALUE(BAD_HANDLE, 4);

VALUE(OUT_OF_MEMORY, 1);
VALUE(OUT_OF_RESOURCES, 2);
VALUE(OUT_OF_NAMES, 3);
VALUE(UNAVAILABLE, 4);
VALUE(BUSY, 5);
VALUE(NOT_CONNECTED, 6);
VALUE(UNREACHABLE, 7);
VALUE(REFUSED, 8);
VALUE(NON_ATOMIC, 9);

VALUE(NOT_FOUND, 1);
VALUE(ALREADY_EXISTS, 2);
VALUE(WRONG_NAME_KIND, 3);
VALUE(ALREADY_BOUND, 4);
VALUE(INVALID_NAME, 5);
VALUE(LINK_LOOP, 6);
VALUE(NOT_EMPTY, 7);

VALUE(MAPPING_FAILED, 1);
VALUE(NOT_MAPPED, 2);
VALUE(INVALID_FOTE, 3);
VALUE(INVALID_PTR, 4);
VALUE(INVALID_META, 5);
VALUE(BASETYPE_MISMATCH, 6);
VALUE(NO_SUCH_OBJECT, 7);

VALUE(OTHER_IO_ERROR, 1);
VALUE(DATA_LOSS, 2);
VALUE(DEVICE_ERROR, 3);
VALUE(SEEK_FAILED, 4);
VALUE(RESET, 5);

VALUE(INVALID_KEY, 1);
VALUE(INVALID_SCHEME, 2);
VALUE(SIGNATURE_MISMATCH, 3);
VALUE(GATE_DENIED, 4);
VALUE(INVALID_GATE, 5);

/* The encoding helper and the raw values the spec lists. */
VALUE(TWZ_ERROR(GENERIC_ERROR, NOT_SUPPORTED), 0x100000001ull);
VALUE(TWZ_ERROR(GENERIC_ERROR, TIMED_OUT), 0x100000004ull);
VALUE(TWZ_ERROR(GENERIC_ERROR, WOULD_BLOCK), 0x100000003ull);
VALUE(TWZ_ERROR(GENERIC_ERROR, OTHER_ERROR), 0x100000000ull);
VALUE(TWZ_ERROR(ARGUMENT_ERROR, INVALID_ARGUMENT), 0x200000001ull);
VALUE(TWZ_ERROR(ARGUMENT_ERROR, BAD_HANDLE), 0x200000004ull);
VALUE(TWZ_ERROR(RESOURCE_ERROR, OUT_OF_RESOURCES), 0x300000002ull);
VALUE(TWZ_ERROR(RESOURCE_ERROR, OUT_OF_NAMES), 0x300000003ull);
VALUE(TWZ_ERROR(NAMING_ERROR, NOT_FOUND), 0x400000001ull);
VALUE(TWZ_ERROR(OBJECT_ERROR, INVALID_FOTE), 0x500000003ull);
VALUE(TWZ_ERROR(OBJECT_ERROR, NOT_MAPPED), 0x500000002ull);
VALUE(TWZ_ERROR(IO_ERROR, SEEK_FAILED), 0x600000004ull);
VALUE(TWZ_ERROR(UNCATEGORIZED_ERROR, SUCCESS), 0);
VALUE(TWZ_ERROR_CODE(0x600000004ull), SEEK_FAILED);
VALUE(TWZ_ERROR_CATEGORY(0x600000004ull), IO_ERROR);
VALUE(TWZ_ERROR_CODE(0xFFFF0000FFFFull), 0xFFFF);
VALUE(TWZ_ERROR_CATEGORY(0xFFFF0000FFFFull), 0xFFFF);
ASSERT(sizeof(TWZ_ERROR(0, 0)) == sizeof(twz_error), "TWZ_ERROR yields a twz_error");

/* ---- §3 core ---- */
LAYOUT(struct basic_aux, 32, 8);
FIELD(struct basic_aux, argc, 0, 8);
FIELD(struct basic_aux, args, 8, 8);
FIELD(struct basic_aux, env, 16, 8);
FIELD(struct basic_aux, entry, 24, 8);

LAYOUT(struct basic_return, 4, 4);
FIELD(struct basic_return, code, 0, 4);

LAYOUT(struct ctor_set, 24, 8);
FIELD(struct ctor_set, legacy_init, 0, 8);
FIELD(struct ctor_set, init_array, 8, 8);
FIELD(struct ctor_set, init_array_len, 16, 8);

LAYOUT(struct comp_init_info, 24, 8);
FIELD(struct comp_init_info, ctor_set_array, 0, 8);
FIELD(struct comp_init_info, ctor_set_len, 8, 8);
FIELD(struct comp_init_info, comp_config_info, 16, 8);

LAYOUT(struct minimal_init_info, 16, 8);
FIELD(struct minimal_init_info, phdrs, 0, 8);
FIELD(struct minimal_init_info, nr_phdrs, 8, 8);

LAYOUT(union init_info_ptrs, 8, 8);
FIELD(union init_info_ptrs, comp, 0, 8);
FIELD(union init_info_ptrs, min, 0, 8);
FIELD(union init_info_ptrs, monitor, 0, 8);

LAYOUT(struct runtime_info, 48, 8);
FIELD(struct runtime_info, flags, 0, 4);
FIELD(struct runtime_info, kind, 4, 4);
FIELD(struct runtime_info, args, 8, 8);
FIELD(struct runtime_info, argc, 16, 8);
FIELD(struct runtime_info, envp, 24, 8);
FIELD(struct runtime_info, entry, 32, 8);
FIELD(struct runtime_info, init_info, 40, 8);

LAYOUT(struct option_exit_code, 8, 4);
FIELD(struct option_exit_code, is_some, 0, 4);
FIELD(struct option_exit_code, value, 4, 4);

VALUE(RUNTIME_INIT_MIN, 0);
VALUE(RUNTIME_INIT_MONITOR, 1);
VALUE(RUNTIME_INIT_COMP, 2);

/* ---- §4 alloc ---- */
VALUE(ZERO_MEMORY, 1);

/* ---- §5 threads ---- */
LAYOUT(struct tls_index, 16, 8);
FIELD(struct tls_index, mod_id, 0, 8);
FIELD(struct tls_index, offset, 8, 8);

LAYOUT(struct tls_desc, 16, 8);
FIELD(struct tls_desc, resolver, 0, 8);
FIELD(struct tls_desc, value, 8, 8);

LAYOUT(struct spawn_args, 24, 8);
FIELD(struct spawn_args, stack_size, 0, 8);
FIELD(struct spawn_args, start, 8, 8);
FIELD(struct spawn_args, arg, 16, 8);

LAYOUT(struct spawn_result, 24, 8);
FIELD(struct spawn_result, id, 0, 4);
FIELD(struct spawn_result, err, 8, 8);
FIELD(struct spawn_result, tcb, 16, 8);

LAYOUT(struct thread_info, 32, 16);
FIELD(struct thread_info, id, 0, 4);
FIELD(struct thread_info, tcb, 8, 8);
FIELD(struct thread_info, objid, 16, 16);

VALUE(FUTEX_WAKE_ALL, -1);
VALUE(TWZ_RT_THREAD_ID_SELF, 0xFFFFFFFFu);
ASSERT(sizeof(TWZ_RT_THREAD_ID_SELF) == sizeof(thread_id), "TWZ_RT_THREAD_ID_SELF is a thread_id");

/* ---- §6 objects and handles ---- */
LAYOUT(struct object_handle, 48, 16);
FIELD(struct object_handle, id, 0, 16);
FIELD(struct object_handle, runtime_info, 16, 8);
FIELD(struct object_handle, start, 24, 8);
FIELD(struct object_handle, meta, 32, 8);
FIELD(struct object_handle, map_flags, 40, 4);
FIELD(struct object_handle, valid_len, 44, 4);

VALUE(LEN_MUL, 0x1000);
ASSERT(sizeof(LEN_MUL) == sizeof(size_t), "LEN_MUL is a size_t");

VALUE(MAP_FLAG_R, 1);
VALUE(MAP_FLAG_W, 2);
VALUE(MAP_FLAG_X, 4);
VALUE(MAP_FLAG_PERSIST, 8);
VALUE(MAP_FLAG_INDIRECT, 16);
VALUE(MAP_FLAG_NO_NULLPAGE, 32);
VALUE(RELEASE_NO_CACHE, 1);
VALUE(OBJECT_CMD_DELETE, 1);
VALUE(OBJECT_CMD_SYNC, 2);
VALUE(OBJECT_CMD_UPDATE, 3);
VALUE(SYNC_FLAG_DURABLE, 1);
VALUE(SYNC_FLAG_ASYNC_DURABLE, 2);
VALUE(BACKING_TYPE_NORMAL, 0);
VALUE(LIFETIME_TYPE_VOLATILE, 0);
VALUE(LIFETIME_TYPE_PERSISTENT, 1);

LAYOUT(struct map_result, 64, 16);
FIELD(struct map_result, handle, 0, 48);
FIELD(struct map_result, error, 48, 8);

LAYOUT(struct object_source, 48, 16);
FIELD(struct object_source, id, 0, 16);
FIELD(struct object_source, src_start, 16, 8);
FIELD(struct object_source, dest_start, 24, 8);
FIELD(struct object_source, len, 32, 8);

LAYOUT(struct object_tie, 32, 16);
FIELD(struct object_tie, id, 0, 16);
FIELD(struct object_tie, flags, 16, 4);

LAYOUT(struct object_create, 32, 16);
FIELD(struct object_create, kuid, 0, 16);
FIELD(struct object_create, lifetime, 16, 4);
FIELD(struct object_create, backing, 20, 4);
FIELD(struct object_create, flags, 24, 4);
FIELD(struct object_create, prot, 28, 4);

LAYOUT(struct sync_info, 40, 8);
FIELD(struct sync_info, release_compare, 0, 8);
FIELD(struct sync_info, release_set, 8, 8);
FIELD(struct sync_info, release_ptr, 16, 8);
FIELD(struct sync_info, durable_ptr, 24, 8);
FIELD(struct sync_info, flags, 32, 4);
FIELD(struct sync_info, __resv, 36, 4);

/* ---- §7 descriptors ---- */
VALUE(NAME_DATA_MAX, 2048);
VALUE(BIND_DATA_MAX, 4096);
VALUE(NAME_ENTRY_LEN, 256);
ASSERT(sizeof(NAME_DATA_MAX) == sizeof(size_t) && sizeof(BIND_DATA_MAX) == sizeof(size_t),
       "NAME_DATA_MAX and BIND_DATA_MAX are size_t");

VALUE(CREATE_KIND_EXISTING, 0);
VALUE(CREATE_KIND_NEW, 1);
VALUE(CREATE_KIND_EITHER, 2);
VALUE(OPEN_FLAG_READ, 1);
VALUE(OPEN_FLAG_WRITE, 2);
VALUE(OPEN_FLAG_TRUNCATE, 4);
VALUE(OPEN_FLAG_TAIL, 8);
VALUE(OPEN_FLAG_SYMLINK, 0x10);
VALUE(FD_IS_TERMINAL, 1);
VALUE(FD_CMD_DUP, 0);
VALUE(FD_CMD_SYNC, 1);
VALUE(FD_CMD_TRUNCATE, 2);
VALUE(FD_CMD_SHUTDOWN, 3);

VALUE(OpenKind_KernelConsole, 0);
VALUE(OpenKind_Object, 1);
VALUE(OpenKind_Path, 2);
VALUE(OpenKind_Pipe, 3);
VALUE(OpenKind_SocketConnect, 4);
VALUE(OpenKind_SocketBind, 5);
VALUE(OpenKind_SocketAccept, 6);
VALUE(OpenKind_PtyServer, 7);
VALUE(OpenKind_PtyClient, 8);
VALUE(OpenKind_Compartment, 9);
VALUE(AddrKind_Ipv4, 0);
VALUE(AddrKind_Ipv6, 1);
VALUE(ProtKind_Stream, 0);
VALUE(ProtKind_Datagram, 1);
VALUE(FdKind_Regular, 0);
VALUE(FdKind_Directory, 1);
VALUE(FdKind_SymLink, 2);
VALUE(FdKind_Socket, 3);
VALUE(FdKind_Pipe, 4);
VALUE(FdKind_Pty, 5);
VALUE(FdKind_Compartment, 6);
VALUE(NameRoot_Root, 0);
VALUE(NameRoot_Home, 1);
VALUE(NameRoot_Current, 2);
VALUE(NameRoot_Temp, 3);
VALUE(NameRoot_Exe, 4);
VALUE(NameResolver_Default, 0);
VALUE(NameResolver_Socket, 1);

LAYOUT(struct create_options, 32, 16);
FIELD(struct create_options, id, 0, 16);
FIELD(struct create_options, kind, 16, 1);

LAYOUT(struct open_info, 2096, 16);
FIELD(struct open_info, create, 0, 32);
FIELD(struct open_info, flags, 32, 4);
FIELD(struct open_info, len, 40, 8);
FIELD(struct open_info, name, 48, 2048);

LAYOUT(struct open_result, 16, 8);
FIELD(struct open_result, fd, 0, 4);
FIELD(struct open_result, err, 8, 8);

LAYOUT(union socket_address_addrs, 16, 1);
FIELD(union socket_address_addrs, v4, 0, 4);
FIELD(union socket_address_addrs, v6, 0, 16);

LAYOUT(struct socket_address, 32, 4);
FIELD(struct socket_address, kind, 0, 4);
FIELD(struct socket_address, addr_octets, 4, 16);
FIELD(struct socket_address, port, 20, 2);
FIELD(struct socket_address, scope_id, 24, 4);
FIELD(struct socket_address, flowinfo, 28, 4);

LAYOUT(struct socket_bind_info, 36, 4);
FIELD(struct socket_bind_info, addr, 0, 32);
FIELD(struct socket_bind_info, prot, 32, 4);

LAYOUT(struct object_bind_info, 16, 16);
FIELD(struct object_bind_info, id, 0, 16);

LAYOUT(struct fd_info, 96, 16);
FIELD(struct fd_info, id, 0, 16);
FIELD(struct fd_info, len, 16, 8);
FIELD(struct fd_info, flags, 24, 4);
FIELD(struct fd_info, kind, 28, 4);
FIELD(struct fd_info, created, 32, 16);
FIELD(struct fd_info, accessed, 48, 16);
FIELD(struct fd_info, modified, 64, 16);
FIELD(struct fd_info, unix_mode, 80, 4);

LAYOUT(struct binding_info, 4112, 16);
FIELD(struct binding_info, kind, 0, 4);
FIELD(struct binding_info, fd, 4, 4);
FIELD(struct binding_info, flags, 8, 4);
FIELD(struct binding_info, bind_len, 12, 4);
FIELD(struct binding_info, bind_data, 16, 4096);

LAYOUT(struct name_entry, 368, 16);
FIELD(struct name_entry, info, 0, 96);
FIELD(struct name_entry, name_len, 96, 4);
FIELD(struct name_entry, linkname_len, 100, 4);
FIELD(struct name_entry, name, 104, 256);

/* ---- §9 I/O and exec ---- */
VALUE(IO_NONBLOCKING, 1);
VALUE(IO_PEEK, 2);
VALUE(IO_WAITALL, 4);
VALUE(IO_OOB, 8);
VALUE(WHENCE_START, 0);
VALUE(WHENCE_END, 1);
VALUE(WHENCE_CURRENT, 2);
VALUE(FD_POS, -1);
VALUE(WAIT_READ, 1);
VALUE(WAIT_WRITE, 2);
VALUE(Endpoint_Unspecified, 0);
VALUE(Endpoint_Socket, 1);
VALUE(IO_REGISTER_ADDR, 1);
VALUE(IO_REGISTER_PEER, 2);
VALUE(IO_REGISTER_SOCKET_FLAGS, 3);
VALUE(IO_REGISTER_LINGER, 4);
VALUE(IO_REGISTER_TTL, 5);
VALUE(IO_REGISTER_READTIMEOUT, 6);
VALUE(IO_REGISTER_WRITETIMEOUT, 7);
VALUE(IO_REGISTER_STATUS, 8);
VALUE(IO_REGISTER_SIGNAL, 9);
VALUE(IO_REGISTER_TERMIOS, 10);
VALUE(IO_REGISTER_MULTICAST_V4, 11);
VALUE(IO_REGISTER_MULTICAST_V6, 12);
VALUE(IO_REGISTER_MULTICAST_TTL_V4, 13);
VALUE(IO_REGISTER_IO_FLAGS, 14);
VALUE(IO_REGISTER_WINSIZE, 15);
VALUE(STATUS_FLAG_TERMINATED, 1ull << 32);
VALUE(STATUS_FLAG_READY, 1ull << 33);
VALUE(SOCKET_FLAGS_NODELAY, 1);
VALUE(SOCKET_FLAGS_ONLYV6, 2);
VALUE(SOCKET_FLAGS_BROADCAST, 4);
VALUE(SOCKET_FLAGS_MULTICAST_LOOP_V4, 8);
VALUE(SOCKET_FLAGS_MULTICAST_LOOP_V6, 0x10);

LAYOUT(struct io_ctx, 40, 8);
FIELD(struct io_ctx, flags, 0, 4);
FIELD(struct io_ctx, offset, 8, 8);
FIELD(struct io_ctx, timeout, 16, 24);

LAYOUT(union endpoint_addrs, 32, 4);
FIELD(union endpoint_addrs, socket_addr, 0, 32);

LAYOUT(struct endpoint, 36, 4);
FIELD(struct endpoint, kind, 0, 4);
FIELD(struct endpoint, addr, 4, 32);

LAYOUT(struct iovec, 16, 8);
FIELD(struct iovec, iov_base, 0, 8);
FIELD(struct iovec, iov_len, 8, 8);

LAYOUT(struct exec_spawn_args, 48, 8);
FIELD(struct exec_spawn_args, prog, 0, 8);
FIELD(struct exec_spawn_args, args, 8, 8);
FIELD(struct exec_spawn_args, env, 16, 8);
FIELD(struct exec_spawn_args, fd_binds, 24, 8);
FIELD(struct exec_spawn_args, fd_bind_count, 32, 8);
FIELD(struct exec_spawn_args, flags, 40, 4);

/* fd_set and struct pollfd come from the C library; the ABI assumes glibc's (§16.10). */
LAYOUT(fd_set, 128, 8);
LAYOUT(struct pollfd, 8, 4);
FIELD(struct pollfd, fd, 0, 4);
FIELD(struct pollfd, events, 4, 2);
FIELD(struct pollfd, revents, 6, 2);
VALUE(POLLIN, 1);
VALUE(POLLPRI, 2);
VALUE(POLLOUT, 4);
VALUE(POLLERR, 8);
VALUE(POLLHUP, 0x10);
VALUE(POLLNVAL, 0x20);

/* ---- §10-11 time and info ---- */
VALUE(NonMonotonic, 0);
VALUE(WeakMonotonic, 1);
VALUE(StrongMonotonic, 2);

LAYOUT(struct system_info, 24, 8);
FIELD(struct system_info, clock_monotonicity, 0, 4);
FIELD(struct system_info, available_parallelism, 8, 8);
FIELD(struct system_info, page_size, 16, 8);

/* ---- §12 debug ---- */
LAYOUT(struct dl_phdr_info, 64, 8);
FIELD(struct dl_phdr_info, addr, 0, 8);
FIELD(struct dl_phdr_info, name, 8, 8);
FIELD(struct dl_phdr_info, phdr, 16, 8);
FIELD(struct dl_phdr_info, phnum, 24, 4);
FIELD(struct dl_phdr_info, adds, 32, 8);
FIELD(struct dl_phdr_info, subs, 40, 8);
FIELD(struct dl_phdr_info, tls_modid, 48, 8);
FIELD(struct dl_phdr_info, tls_data, 56, 8);

LAYOUT(struct link_map, 40, 8);
FIELD(struct link_map, addr, 0, 8);
FIELD(struct link_map, name, 8, 8);
FIELD(struct link_map, ld, 16, 8);
FIELD(struct link_map, next, 24, 8);
FIELD(struct link_map, prev, 32, 8);

LAYOUT(struct loaded_image, 144, 16);
FIELD(struct loaded_image, image_handle, 0, 48);
FIELD(struct loaded_image, image_start, 48, 8);
FIELD(struct loaded_image, image_len, 56, 8);
FIELD(struct loaded_image, dl_info, 64, 64);
FIELD(struct loaded_image, id, 128, 4);

VALUE(TWZ_RT_EXEID, 0);

/* ---- §13 random ---- */
VALUE(GET_RANDOM_NON_BLOCKING, 1);

/* ---- version ---- */
VALUE(TWZ_RT_ABI_VERSION_MAJOR, 0);
VALUE(TWZ_RT_ABI_VERSION_MINOR, 99);
VALUE(TWZ_RT_ABI_VERSION_PATCH, 1);

#ifndef __cplusplus
/* ---- exact types (C11 _Generic picks by type compatibility) ---- */
#define IS_TYPE(expr, T) _Generic((expr), T : 1, default : 0)
#define TYPE(T, want) ASSERT(IS_TYPE((T)0, want), #T " is " #want)

TYPE(ssize_t, int64_t);
TYPE(objid, __uint128_t);
TYPE(twz_error, uint64_t);
TYPE(twz_error_code, uint16_t);
TYPE(twz_error_category, uint16_t);
TYPE(exit_code, int32_t);
TYPE(alloc_flags, uint32_t);
TYPE(futex_word, uint32_t);
TYPE(thread_id, uint32_t);
TYPE(map_flags, uint32_t);
TYPE(release_flags, uint32_t);
TYPE(object_cmd, uint32_t);
TYPE(descriptor, int32_t);
TYPE(fd_flags, uint32_t);
TYPE(fd_cmd, uint32_t);
TYPE(whence, uint32_t);
TYPE(io_flags, uint32_t);
TYPE(optional_offset, int64_t);
TYPE(wait_kind, uint32_t);
TYPE(exec_flags, uint32_t);
TYPE(get_random_flags, uint32_t);
TYPE(loaded_image_id, uint32_t);
ASSERT(IS_TYPE(ERROR_CATEGORY_MASK, twz_error) && IS_TYPE(ERROR_CODE_MASK, twz_error) &&
	   IS_TYPE(ERROR_CATEGORY_SHIFT, twz_error) && IS_TYPE(ERROR_CODE_SHIFT, twz_error),
       "error masks and shifts are twz_error");
ASSERT(IS_TYPE(TWZ_RT_THREAD_ID_SELF, thread_id), "TWZ_RT_THREAD_ID_SELF is a thread_id");
ASSERT(IS_TYPE(LEN_MUL, size_t) && IS_TYPE(NAME_DATA_MAX, size_t) && IS_TYPE(BIND_DATA_MAX, size_t),
       "size constants are size_t");
ASSERT(IS_TYPE(STATUS_FLAG_TERMINATED, uint64_t) && IS_TYPE(STATUS_FLAG_READY, uint64_t),
       "status flags are uint64_t");
ASSERT(IS_TYPE(NO_DURATION, struct option_duration), "NO_DURATION is a struct option_duration");

/* ---- every function's signature (the 68 of §18, plus twz_rt_thread_exit) ---- */
#define SIG(fn, T) ASSERT(IS_TYPE(&fn, T), #fn " has the ABI signature")

/* core.h */
SIG(twz_rt_exit, void (*)(exit_code));
SIG(twz_rt_thread_exit, void (*)(exit_code));
SIG(twz_rt_abort, void (*)(void));
SIG(twz_rt_cross_compartment_entry, _Bool (*)(void));
SIG(twz_rt_set_upcall_handler, void (*)(void (*)(void *, const void *)));
SIG(twz_rt_pre_main_hook, struct option_exit_code (*)(void));
SIG(twz_rt_post_main_hook, void (*)(void));
SIG(twz_rt_runtime_entry,
    void (*)(const struct runtime_info *, struct basic_return (*)(struct basic_aux), uintptr_t));
/* alloc.h */
SIG(twz_rt_malloc, void *(*)(size_t, size_t, alloc_flags));
SIG(twz_rt_dealloc, void (*)(void *, size_t, size_t, alloc_flags));
SIG(twz_rt_realloc, void *(*)(void *, size_t, size_t, size_t, alloc_flags));
/* thread.h */
SIG(twz_rt_futex_wait, twz_error (*)(_Atomic futex_word *, futex_word, struct option_duration));
SIG(twz_rt_futex_wake, twz_error (*)(_Atomic futex_word *, int64_t));
SIG(twz_rt_yield_now, void (*)(void));
SIG(twz_rt_set_name, void (*)(const char *));
SIG(twz_rt_get_name, void (*)(const void *, char *, size_t *));
SIG(twz_rt_sleep, void (*)(struct duration));
SIG(twz_rt_tls_get_addr, void *(*)(struct tls_index *));
SIG(twz_rt_tls_desc_resolve, void *(*)(struct tls_desc *));
SIG(twz_rt_spawn_thread, struct spawn_result (*)(struct spawn_args));
SIG(twz_rt_join_thread, twz_error (*)(thread_id, struct option_duration));
SIG(twz_rt_get_thread_info, struct thread_info (*)(thread_id));
/* object.h */
SIG(twz_rt_create_rtobj, struct objid_result (*)(void));
SIG(twz_rt_create_object,
    struct objid_result (*)(const struct object_create *, const struct object_source *, size_t,
			    const struct object_tie *, size_t, const char *, size_t));
SIG(twz_rt_map_object, struct map_result (*)(objid, map_flags));
SIG(twz_rt_release_handle, void (*)(struct object_handle *, release_flags));
SIG(twz_rt_object_cmd, twz_error (*)(struct object_handle *, object_cmd, void *));
SIG(twz_rt_update_handle, twz_error (*)(struct object_handle *));
SIG(twz_rt_locate_object_start, void *(*)(void *));
SIG(twz_rt_get_object_handle, struct object_handle (*)(void *));
SIG(twz_rt_resolve_fot, struct map_result (*)(struct object_handle *, uint64_t, size_t, map_flags));
SIG(twz_rt_resolve_fot_local, void *(*)(void *, uint64_t, size_t, map_flags));
SIG(twz_rt_insert_fot, struct u32_result (*)(struct object_handle *, void *));
SIG(__twz_rt_map_two_objects,
    void (*)(objid, map_flags, objid, map_flags, struct map_result *, struct map_result *));
/* fd.h */
SIG(twz_rt_fd_open, struct open_result (*)(enum open_kind, uint32_t, void *, size_t));
SIG(twz_rt_fd_reopen, twz_error (*)(descriptor, enum open_kind, uint32_t, void *, size_t));
SIG(twz_rt_fd_close, void (*)(descriptor));
SIG(twz_rt_fd_get_info, _Bool (*)(descriptor, struct fd_info *));
SIG(twz_rt_fd_cmd, twz_error (*)(descriptor, fd_cmd, void *, void *));
SIG(twz_rt_fd_read_binds, size_t (*)(struct binding_info *, size_t));
SIG(twz_rt_fd_enumerate_names, struct io_result (*)(descriptor, struct name_entry *, size_t, size_t));
SIG(twz_rt_fd_remove, twz_error (*)(const char *, size_t));
SIG(twz_rt_fd_mkns, twz_error (*)(const char *, size_t));
SIG(twz_rt_fd_symlink, twz_error (*)(const char *, size_t, const char *, size_t));
SIG(twz_rt_fd_rename, twz_error (*)(const char *, size_t, const char *, size_t));
SIG(twz_rt_fd_readlink, twz_error (*)(const char *, size_t, char *, size_t, uint64_t *));
SIG(twz_rt_set_nameroot, twz_error (*)(enum name_root, const char *, size_t));
SIG(twz_rt_get_nameroot, struct io_result (*)(enum name_root, char *, size_t));
SIG(twz_rt_resolve_name, struct objid_result (*)(enum name_resolver, const char *, size_t));
SIG(twz_rt_canon_name, twz_error (*)(enum name_resolver, const char *, size_t, char *, size_t *));
/* io.h */
SIG(twz_rt_fd_pread, struct io_result (*)(descriptor, void *, size_t, struct io_ctx *));
SIG(twz_rt_fd_pwrite, struct io_result (*)(descriptor, const void *, size_t, struct io_ctx *));
SIG(twz_rt_fd_seek, struct io_result (*)(descriptor, whence, int64_t));
SIG(twz_rt_fd_pread_from,
    struct io_result (*)(descriptor, void *, size_t, struct io_ctx *, struct endpoint *));
SIG(twz_rt_fd_pwrite_to,
    struct io_result (*)(descriptor, const void *, size_t, struct io_ctx *, const struct endpoint *));
SIG(twz_rt_fd_preadv, struct io_result (*)(descriptor, const struct iovec *, size_t, struct io_ctx *));
SIG(twz_rt_fd_pwritev, struct io_result (*)(descriptor, const struct iovec *, size_t, struct io_ctx *));
SIG(twz_rt_fd_waitpoint, twz_error (*)(descriptor, wait_kind, uint64_t **, uint64_t *, _Bool *));
SIG(twz_rt_fd_select, struct io_result (*)(size_t, fd_set *, fd_set *, fd_set *, struct option_duration));
SIG(twz_rt_fd_poll, struct io_result (*)(struct pollfd *, size_t, struct option_duration));
SIG(twz_rt_fd_get_config, twz_error (*)(descriptor, uint32_t, void *, size_t));
SIG(twz_rt_fd_set_config, twz_error (*)(descriptor, uint32_t, const void *, size_t));
/* exec.h */
SIG(twz_rt_exec_spawn, struct open_result (*)(const struct exec_spawn_args *));
/* time.h */
SIG(twz_rt_get_monotonic_time, struct duration (*)(void));
SIG(twz_rt_get_system_time, struct duration (*)(void));
/* info.h */
SIG(twz_rt_get_sysinfo, struct system_info (*)(void));
/* random.h */
SIG(twz_rt_get_random, size_t (*)(char *, size_t, get_random_flags));
/* debug.h */
SIG(twz_rt_get_loaded_image, _Bool (*)(loaded_image_id, struct loaded_image *));
SIG(twz_rt_iter_phdr, int (*)(int (*)(const struct dl_phdr_info *, size_t, void *), void *));

/* NO_DURATION is the empty option. */
static int check_no_duration(void)
{
	struct option_duration d = NO_DURATION;
	return d.is_some == 0 && d.dur.seconds == 0 && d.dur.nanos == 0;
}
#endif /* !__cplusplus */

int main(void)
{
#ifndef __cplusplus
	if (!check_no_duration())
		return 1;
#endif
	return 0;
}
