/* The reference runtime's dynamic loader: the contract between its files (and with dl/, which builds
 * dlopen/dlsym/dlclose/dladdr/dlerror and the debugger interface on top of it).
 *
 * Every loaded image is a struct ld_obj, kept in one list in load order: the program first, then its
 * DT_NEEDED libraries breadth-first (the runtime itself where the program needs it), then whatever dlopen
 * adds. The position in that list is the image's loaded_image_id. Every image lives in slot(s) of its own
 * in the slot arena, at slot + LD_SLOT_OFFSET (the object null page stays unmapped).
 *
 * Locking: the list, every ld_obj field marked (L), the TLS module table and the error buffer are guarded
 * by the loader lock (ld_lock/ld_unlock, recursive: a dl_iterate_phdr callback may call dlopen).
 * Start-up runs single-threaded and takes it too, for uniformity. */
#ifndef TWZ_RT_REFERENCE_LD_H
#define TWZ_RT_REFERENCE_LD_H

#include "../core/rt.h"
#include "elf.h"

#define LD_SLOT_OFFSET HOST_OBJ_NULLPAGE /* an image's lowest page sits one page into its slot */
#define LD_DYN_MAX 38                    /* DT_* values below this one are kept in ld_obj.dyn */
#define LD_MAX_PHNUM 256                 /* more program headers than this: "absurd count" */

/* Exit statuses of a failed start (and ld_error's status for dlerror users). */
#define LD_EXIT_NOT_FOUND 127 /* missing library or symbol, malformed image */
#define LD_EXIT_ABI 126       /* ABI note missing or incompatible */

struct ld_obj {
	/* gdb's link_map (glibc layout; spec struct link_map): addr = bias, name = path, ld = dynamic
	 * section, next/prev link every image in load order. Filled by ld_list_append. Must stay first. */
	struct link_map lm;

	/* -- set by ld_map_image (map.c) -- */
	char *path;             /* the file opened (owned, NUL-terminated) */
	const char *name;       /* the name it was asked for (DT_NEEDED string or dlopen argument; owned) */
	uintptr_t bias;         /* run-time address - link-time address */
	uintptr_t start, end;   /* page-aligned span of the PT_LOAD segments, run-time addresses */
	uintptr_t entry;        /* run-time entry point (e_entry), 0 when none */
	void *slot;             /* first slot of the image, or NULL (runtime left where the kernel put it) */
	size_t nslots;          /* slots taken, adjacent, from slot */
	const Elf64_Phdr *phdr; /* program headers (inside the image when it maps them, else phdr_copy) */
	size_t phnum;
	Elf64_Phdr *phdr_copy; /* owned copy when the image does not map its own headers */
	const Elf64_Phdr *tls_ph;  /* PT_TLS, or NULL */
	uintptr_t relro_start, relro_end; /* page range made read-only after relocation (0, 0: none) */
	uint64_t dev, ino;         /* the file's identity, to find an image loaded under another name */

	/* -- set by ld_decode_dyn (dyn.c) -- */
	Elf64_Dyn *dynamic;
	uint64_t dyn[LD_DYN_MAX]; /* dyn[DT_x] = d_val of the (first) DT_x entry for small x */
	uint64_t dyn_mask;        /* bit x set when DT_x was present */
	const char *strtab;
	size_t strsz;
	const Elf64_Sym *syms;
	size_t nsyms; /* symbols the hash tables can reach (bounds every symbol index) */
	const uint32_t *hash;     /* DT_HASH, or NULL */
	const uint32_t *gnu_hash; /* DT_GNU_HASH, or NULL */
	const uint16_t *versym;   /* DT_VERSYM, or NULL */
	const Elf64_Verdef *verdef;
	size_t verdefnum;
	const Elf64_Verneed *verneed;
	size_t verneednum;
	const char *soname; /* DT_SONAME, else the file name's last component */
	uint64_t flags, flags_1; /* DT_FLAGS, DT_FLAGS_1 */

	/* -- set by the loader (load.c), guarded by the loader lock (L) -- */
	struct ld_obj *next, *prev;  /* (L) load order */
	struct ld_obj **deps;        /* (L) the DT_NEEDED images, in DT_NEEDED order (owned array) */
	size_t ndeps;
	bool deps_done;              /* (L) deps filled */
	loaded_image_id id;          /* (L) position in load order */
	size_t tls_modid;            /* TLS module id (0: none); static for start-up images */
	bool tls_static;             /* its TLS block is in every thread's static TLS */
	bool is_program, is_runtime;
	bool global;                 /* (L) its symbols are in the global scope */
	bool relocated, relro_done;  /* (L) */
	bool init_started, init_done, fini_done; /* (L) */
	bool nodelete;               /* (L) never unloaded (start-up images, the runtime, DF_1_NODELETE) */
	bool mark;                   /* (L) scratch for graph walks (cleared after each walk) */
	size_t refcount;             /* (L) dlopen references (start-up images: 1, never dropped) */
	struct ld_obj *init_next;    /* (L) constructor order: run, oldest first; fini in reverse */
	struct ld_obj *init_prev;
	void *dl_data;               /* owned by dl/ (e.g. its local scope); NULL otherwise */
};

/* Loader state (load.c). */
struct ld_state {
	struct ld_obj *head, *tail; /* (L) load order */
	size_t count;               /* (L) images in the list */
	struct ld_obj *program, *runtime;
	struct ld_obj *init_first, *init_last; /* (L) constructor order */
	unsigned long long adds, subs;         /* (L) dl_iterate_phdr counters */
	bool started;               /* the program's entry was reached: errors no longer end the process */
};
extern RT_HIDDEN struct ld_state ld;

/* ---- locking and errors (lock.c, error.c) ---- */
RT_HIDDEN void ld_lock(void);
RT_HIDDEN void ld_unlock(void);
/* Records "twzrt: <message>" as the loader's current error with an exit status (LD_EXIT_*) and returns
 * -1. Messages always start with the file or name concerned. */
RT_HIDDEN int ld_error(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The current error message (without the "twzrt: " prefix) and its status; "" and 0 when none. */
RT_HIDDEN const char *ld_error_msg(void);
RT_HIDDEN int ld_error_status(void);
RT_HIDDEN void ld_error_clear(void);
/* Start-up only: prints the current error as one line on fd 2 and ends the process with its status. */
RT_HIDDEN _Noreturn void ld_die(void);
/* Prints a formatted line on fd 2 when TWZ_LD_DEBUG is set (tracing). */
RT_HIDDEN void ld_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- memory (util.c): a bump area in the runtime's bss before the program starts, then the runtime's
 * allocator; failures as loader errors. Lock held. ---- */
RT_HIDDEN void *ld_alloc(size_t n);           /* zeroed; NULL after ld_error on failure */
RT_HIDDEN void ld_free(void *p, size_t n);
RT_HIDDEN char *ld_strdup(const char *s);     /* free with ld_free_str */
RT_HIDDEN void ld_free_str(char *s);

/* ---- mapping (map.c) ---- */
/* An open image file: its descriptor, identity and size, and its first bytes (ELF header, usually the
 * program headers and notes too), read once. */
#define LD_HEAD_MAX 4096
struct ld_file {
	const char *path;
	int fd;
	struct host_stat st;
	size_t head_len; /* bytes of head read (the whole file when it is shorter) */
	unsigned char head[LD_HEAD_MAX] __attribute__((aligned(8)));
};
/* Opens path: a regular file, statted, its head read. Returns 0, -1 after ld_error, or -2 when path
 * does not exist or is not a regular file (no error recorded: the search goes on). */
RT_HIDDEN int ld_file_open(const char *path, struct ld_file *f);
RT_HIDDEN void ld_file_close(struct ld_file *f);
/* Maps the open file f as a new image: checks the ELF header, program headers, the ABI note and segment
 * layout against the file's size, takes the slot(s), maps segments, decodes the dynamic section.
 * Returns a new ld_obj (not in the list), or NULL after ld_error. f stays open. */
RT_HIDDEN struct ld_obj *ld_map_image(const struct ld_file *f, const char *name);
/* ld_map_image without allocating (the runtime mapping its own second copy before any allocator
 * exists): fills the caller's o; ph (phcap entries) receives the program headers and must outlive o when
 * the image does not map them. o->path is set to f->path (not copied), o->name is left alone. Returns 0
 * or -1 after ld_error. */
RT_HIDDEN int ld_map_raw(const struct ld_file *f, struct ld_obj *o, Elf64_Phdr *ph, size_t phcap, bool check_abi);
/* An image the kernel mapped already (program headers ph at run-time bias): a new ld_obj describing it
 * in place, its ABI note checked when check_abi (read where the kernel mapped it, else from the file
 * path); its slot(s) when it lies in the arena. NULL after ld_error. */
RT_HIDDEN struct ld_obj *ld_adopt_image(uintptr_t bias, const Elf64_Phdr *ph, size_t phnum, uintptr_t entry,
				       const char *path, const char *name, bool check_abi);
/* Unmaps the image's segments, frees its slots and the object itself (not in the list any more). */
RT_HIDDEN void ld_unmap_image(struct ld_obj *o);
/* Reads the twzrt ABI note of file f (program headers ph, already checked against its size: from f's head
 * when it holds the note, else from the file) and applies the runtime's compatibility rule. Returns 0,
 * or -1 after ld_error (status LD_EXIT_ABI). (abi.c) */
RT_HIDDEN int ld_check_abi(const struct ld_file *f, const Elf64_Phdr *ph, size_t phnum);
/* The same check on an image in memory at bias (notes inside its PT_LOAD file parts); 1 when the image
 * has a PT_NOTE outside them (the caller then reads the file), else 0 or -1 after ld_error. */
RT_HIDDEN int ld_check_abi_mapped(const char *path, uintptr_t bias, const Elf64_Phdr *ph, size_t phnum);
/* Whether [vaddr, vaddr + len) (link-time addresses) lies inside one PT_LOAD segment's memory. */
RT_HIDDEN bool ld_in_image(const struct ld_obj *o, uint64_t vaddr, uint64_t len);

/* ---- the dynamic section (dyn.c) ---- */
/* Fills the dyn array, the tables and nsyms, checking every table lies in the image. Returns 0 or -1. */
RT_HIDDEN int ld_decode_dyn(struct ld_obj *o);

/* ---- symbols (hash.c, symbol.c) ---- */
RT_HIDDEN uint32_t ld_sysv_hash(const char *name);
RT_HIDDEN uint32_t ld_gnu_hash(const char *name);
/* A lookup request: name and its hashes in; the definition found out. */
struct ld_symreq {
	const char *name;
	uint32_t gnu_hash, sysv_hash;
	bool have_sysv;
	const char *version; /* required version name, or NULL */
	uint32_t version_hash;
	const struct ld_obj *requester; /* for error messages and local scopes; may be NULL */
	bool skip_program;              /* COPY relocations: look past the program */
	/* results */
	const Elf64_Sym *sym;
	struct ld_obj *obj;
};
RT_HIDDEN void ld_symreq_init(struct ld_symreq *r, const char *name);
/* The definition of r->name in o alone (not undefined, not local, not a hidden version). */
RT_HIDDEN const Elf64_Sym *ld_lookup_in(struct ld_obj *o, struct ld_symreq *r);
/* The definition in the global scope (images with `global`, load order), then in the requester's own
 * dependency tree. Fills r->sym and r->obj and returns true, or returns false. */
RT_HIDDEN bool ld_lookup(struct ld_symreq *r);
/* The run-time value of a defined symbol of o: bias + value, calling an IFUNC resolver. TLS symbols:
 * their offset in the module. */
RT_HIDDEN uintptr_t ld_sym_value(const struct ld_obj *o, const Elf64_Sym *s);
/* The image containing address addr, or NULL. Lock held. */
RT_HIDDEN struct ld_obj *ld_obj_by_addr(const void *addr);

/* ---- relocation (reloc.c; arch: x86_64_reloc.c) ---- */
/* Relocates o (eager binding: every relocation, PLT included) against the scope, then makes its RELRO
 * read-only. Idempotent. Returns 0 or -1 after ld_error (missing symbol: LD_EXIT_NOT_FOUND). */
RT_HIDDEN int ld_relocate(struct ld_obj *o);
/* Applies only the RELATIVE (and RELR) relocations of the image at base with dynamic section dyn: the
 * runtime's own, before anything else works. Uses no global state and no function outside this file
 * group; returns 0, or -1 when dyn holds anything else. */
RT_HIDDEN int ld_relocate_self(uintptr_t base, const Elf64_Dyn *dyn);
/* The symbol a relocation of o names, resolved (reloc.c): obj/sym NULL for an undefined weak one.
 * Keeps the last answer: consecutive relocations of one symbol resolve once. */
struct ld_reloc_sym {
	size_t idx;
	bool valid;
	bool copy;            /* set by the caller for R_X86_64_COPY: skip the program */
	const Elf64_Sym *ref; /* o's own symbol entry */
	struct ld_obj *obj;
	const Elf64_Sym *sym;
};
RT_HIDDEN int ld_reloc_symbol(struct ld_obj *o, size_t symidx, struct ld_reloc_sym *out);
/* The version name o requires for version index ndx (DT_VERNEED), or NULL; *file (when file is not
 * NULL) the library the requirement names. */
RT_HIDDEN const char *ld_verneed_name(const struct ld_obj *o, uint16_t ndx, const char **file);
/* Makes o's RELRO range read-only (once). */
RT_HIDDEN void ld_protect_relro(struct ld_obj *o);
/* One RELA relocation (arch), target already checked. Returns 0 or -1 after ld_error. */
RT_HIDDEN int ld_reloc_one(struct ld_obj *o, const Elf64_Rela *r, uint64_t *where, struct ld_reloc_sym *cache);

/* ---- loading (load.c, search.c) ---- */
/* Appends o to the load-order list (gives it its id and links the link_map). */
RT_HIDDEN void ld_list_append(struct ld_obj *o);
/* Whether o is in the list. */
RT_HIDDEN bool ld_listed(const struct ld_obj *o);
/* Removes o from the list and renumbers the ids after it. */
RT_HIDDEN void ld_list_remove(struct ld_obj *o);
/* The image already loaded under soname/name/path/file identity `name`, or NULL. */
RT_HIDDEN struct ld_obj *ld_find_loaded(const char *name);
/* Finds (search path rules) and maps the library `name` needed by `needer`, or returns the loaded one.
 * New images are appended to the list. NULL after ld_error (LD_EXIT_NOT_FOUND: "NAME: not found (needed
 * by NEEDER)"). */
RT_HIDDEN struct ld_obj *ld_load_library(const char *name, struct ld_obj *needer);
/* Loads the dependencies of root and of every image they bring, breadth-first, filling deps arrays.
 * Returns 0 or -1 after ld_error (the images loaded so far stay in the list: see ld_rollback). */
RT_HIDDEN int ld_load_deps(struct ld_obj *root);
/* Registers the TLS of every image from `first` to the end of the list (static modules before the
 * program starts, dynamic ones after), then relocates them, last loaded first. Returns 0 or -1 after
 * ld_error. */
RT_HIDDEN int ld_link_new(struct ld_obj *first);
/* Unloads (TLS module removed, unmapped, freed) every image after `keep` in the list: undoes a failed
 * dlopen whose constructors have not run. */
RT_HIDDEN void ld_rollback(struct ld_obj *keep);
/* Search (search.c): finds library `name` needed by `needer` and opens it into f (path in buf): names
 * with a '/' as they are, else DT_RUNPATH (or DT_RPATH without one) of the needer with $ORIGIN,
 * TWZ_LIBRARY_PATH, then the runtime's own folder. Returns 1 when a regular file was opened, 0 when none
 * was found, -1 after ld_error (a found file could not be read). */
RT_HIDDEN int ld_search(const char *name, const struct ld_obj *needer, char *buf, size_t cap, struct ld_file *f);

/* ---- TLS (tls.c) ---- */
/* Registers o's PT_TLS: a static module before the program starts (startup true), else a dynamic one
 * (allocated per thread on first use). Sets o->tls_modid. Returns 0, or -1 after ld_error. */
RT_HIDDEN int ld_tls_register(struct ld_obj *o, bool startup);
/* Forgets o's TLS module (dlclose): every thread drops its block at its next dynamic TLS access. */
RT_HIDDEN void ld_tls_unregister(struct ld_obj *o);
/* TLSDESC resolvers (tlsdesc.S): static returns desc->value; dynamic treats value as a tls_index *. */
RT_HIDDEN uintptr_t ld_tlsdesc_static(void *desc);
RT_HIDDEN uintptr_t ld_tlsdesc_dynamic(void *desc);

/* ---- constructors and destructors (initfini.c) ---- */
/* Calls the C library's set-up hook __twz_libc_start (global scope) when some start-up image defines it:
 * before any constructor, the program's DT_PREINIT_ARRAY included. Lock held (dropped around the call). */
RT_HIDDEN void ld_run_libc_start(struct ld_obj *prog);
/* Runs the program's DT_PREINIT_ARRAY (before any other constructor). */
RT_HIDDEN void ld_run_preinit(struct ld_obj *prog);
/* Runs the constructors of root and of everything it depends on that has not run them, dependencies
 * first (DT_INIT, then DT_INIT_ARRAY). Lock dropped around each call. */
RT_HIDDEN void ld_run_init(struct ld_obj *root);
/* Runs o's destructors (DT_FINI_ARRAY in reverse, then DT_FINI) once, and takes it off the init order. */
RT_HIDDEN void ld_run_fini(struct ld_obj *o);

/* ---- dl/ hooks (weak: dl/ defines them) ---- */
/* Called after the start-up images are mapped and listed, and after every later change of the list
 * (gdb's r_debug protocol: consistent state reached). */
RT_HIDDEN void ld_dl_notify(int state) __attribute__((weak));
/* Start-up of a runtime that moved itself: the page of the kernel's copy holding that copy's
 * _dl_debug_state, where gdb put its breakpoint; it must stay mapped, and ld_dl_notify calls the hook
 * there from now on. (dl/debug.c) */
RT_HIDDEN uintptr_t dl_debug_keep_old_hook(uintptr_t old_bias, uintptr_t new_bias);
#define LD_NOTIFY_CONSISTENT 0
#define LD_NOTIFY_ADD 1
#define LD_NOTIFY_DELETE 2

#endif
