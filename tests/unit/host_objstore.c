/* The slot arena and the object store of the host layer, as an ordinary program: the host sources are
 * compiled into this file (all but mem.c, whose memcpy would clash with the C library's).
 *
 * Covers: boot/env parsing, the arena (1 GiB alignment, TWZ_SLOTS, alloc/free/reuse, exhaustion,
 * threads), the store directory (created 0700), volatile and persistent objects (meta page, map, write,
 * remap, NO_NULLPAGE view, faults on the null page and through read-only mappings, survival across a
 * killed process, sync, copy, delete), and 10,000 map/unmap cycles without descriptor growth. */
#include "../../src/host/boot.c"
#include "../../src/host/fs.c"
#include "../../src/host/lock.c"
#include "../../src/host/mman.c"
#include "../../src/host/objcopy.c"
#include "../../src/host/objid.c"
#include "../../src/host/objstore.c"
#include "../../src/host/objtable.c"
#include "../../src/host/print.c"
#include "../../src/host/random.c"
#include "../../src/host/slots.c"
#include "../../src/host/store_dir.c"
#include "../../src/host/str.c"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;

#define CHECK(c) ((c) ? (void)0 : (void)(failures++, fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #c)))
#define CHECK_EQ(a, b)                                                                                    \
	do {                                                                                              \
		long long a_ = (long long)(a), b_ = (long long)(b);                                       \
		if (a_ != b_) {                                                                           \
			failures++;                                                                       \
			fprintf(stderr, "%s:%d: %s == %lld, want %s == %lld\n", __FILE__, __LINE__, #a, a_, #b, b_); \
		}                                                                                         \
	} while (0)
#define REQUIRE(c)                                                                                 \
	do {                                                                                       \
		if (!(c)) {                                                                        \
			fprintf(stderr, "%s:%d: REQUIRE(%s) failed\n", __FILE__, __LINE__, #c);    \
			exit(1);                                                                   \
		}                                                                                  \
	} while (0)

#define NSLOTS 64
#define GiB (1UL << 30)

static char tmpdir[256], store_path_env[400], store_dir[300];

/* Builds an initial process stack (argc, argv, envp, auxv) as the kernel would and feeds host_boot_init. */
static void boot_with_env(void)
{
	static char *env[] = { store_path_env, "TWZ_SLOTS=" "64", "HOME=/nonexistent-home", "EMPTY=", NULL };
	static uintptr_t stack[32];
	size_t i = 0;
	stack[i++] = 1;
	stack[i++] = (uintptr_t) "host_objstore";
	stack[i++] = 0;
	for (char **e = env; *e; e++)
		stack[i++] = (uintptr_t)*e;
	stack[i++] = 0;
	stack[i++] = AT_PAGESZ;
	stack[i++] = 4096;
	stack[i++] = AT_RANDOM;
	stack[i++] = (uintptr_t)stack;
	stack[i++] = AT_NULL;
	stack[i++] = 0;
	host_boot_init(stack);
}

static void test_boot(void)
{
	CHECK_EQ(host_boot.argc, 1);
	CHECK(strcmp(host_boot.argv[0], "host_objstore") == 0 && host_boot.argv[1] == NULL);
	CHECK_EQ(host_boot.page_size, 4096);
	CHECK(host_boot.random == (const uint8_t *)host_boot.argv - sizeof(uintptr_t));
	CHECK(host_getenv("TWZ_SLOTS") && strcmp(host_getenv("TWZ_SLOTS"), "64") == 0);
	CHECK(host_getenv("TWZ_SLOT") == NULL && host_getenv("TWZ") == NULL && host_getenv("NOPE") == NULL);
	CHECK(host_getenv("EMPTY") && *host_getenv("EMPTY") == '\0');
	uint64_t v;
	CHECK(host_parse_u64("0", &v) && v == 0);
	CHECK(host_parse_u64("18446744073709551615", &v) && v == UINT64_MAX);
	CHECK(!host_parse_u64("18446744073709551616", &v) && !host_parse_u64("", &v));
	CHECK(!host_parse_u64("12x", &v) && !host_parse_u64("-1", &v) && !host_parse_u64(" 1", &v));
}

/* Whether touching addr (a read, or a write of one byte) kills a child process with SIGSEGV. */
static bool faults(volatile char *addr, bool write)
{
	pid_t pid = fork();
	if (pid == 0) {
		signal(SIGSEGV, SIG_DFL); /* the sanitizers' handler would turn the signal into an exit */
		if (write)
			*addr = 1;
		else
			(void)*addr;
		_exit(0);
	}
	int st;
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return false;
	return WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV;
}

static void test_slots(void)
{
	CHECK_EQ(host_slots_count(), 0);
	CHECK(host_slot_base_of((void *)0x1000) == NULL);
	CHECK_EQ(host_slots_init(0), 0);
	CHECK_EQ(host_slots_init(5), 0); /* idempotent: the first init wins */
	uintptr_t start = host_slots_arena_start();
	CHECK_EQ(host_slots_count(), NSLOTS);
	CHECK(start != 0 && start % GiB == 0);

	char *s0 = host_slot_alloc(), *s1 = host_slot_alloc();
	CHECK((uintptr_t)s0 == start && (uintptr_t)s1 == start + GiB);
	CHECK(host_slot_base_of(s1 + 12345) == s1 && host_slot_base_of(s1 + GiB - 1) == s1);
	CHECK(host_slot_base_of((char *)start - 1) == NULL);
	CHECK(host_slot_base_of((char *)start + NSLOTS * GiB) == NULL);
	CHECK(faults(s0, false) && faults(s1 + GiB - 1, true)); /* reserved, PROT_NONE */

	host_slot_free(s0);
	host_slot_free(s0);      /* twice: ignored */
	host_slot_free(s1 + 8);  /* not a slot base: ignored */
	char *r = host_slot_alloc();
	CHECK(r == s0);
	char *n = host_slot_alloc();
	CHECK(n != s0 && n != s1 && host_slot_base_of(n) == n);
	host_slot_free(r);
	host_slot_free(n);
	host_slot_free(s1);

	/* Exhaustion: exactly NSLOTS distinct slots, then NULL. */
	static char *all[NSLOTS];
	bool distinct = true;
	for (int i = 0; i < NSLOTS; i++) {
		all[i] = host_slot_alloc();
		if (!all[i])
			distinct = false;
		for (int j = 0; j < i && distinct; j++)
			distinct = all[j] != all[i];
	}
	CHECK(distinct);
	CHECK(host_slot_alloc() == NULL);
	for (int i = 0; i < NSLOTS; i++)
		host_slot_free(all[i]);
	CHECK_EQ(host_slot_reset((char *)start + 4096), -EINVAL);
	CHECK_EQ(host_slot_reset((void *)start), 0);
}

/* Several threads allocating and freeing slots: never the same slot to two holders at once. */
static _Atomic int slot_owner[NSLOTS];
static _Atomic int slot_errors;

static void *slot_worker(void *arg)
{
	int me = (int)(intptr_t)arg;
	for (int i = 0; i < 20000; i++) {
		char *s = host_slot_alloc();
		if (!s)
			continue;
		size_t k = ((uintptr_t)s - host_slots_arena_start()) / GiB;
		int prev = 0;
		if (!atomic_compare_exchange_strong(&slot_owner[k], &prev, me))
			slot_errors++;
		atomic_store(&slot_owner[k], 0);
		host_slot_free(s);
	}
	return NULL;
}

static void test_slots_threads(void)
{
	pthread_t t[4];
	for (int i = 0; i < 4; i++)
		REQUIRE(pthread_create(&t[i], NULL, slot_worker, (void *)(intptr_t)(i + 1)) == 0);
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	CHECK_EQ(slot_errors, 0);
	/* All slots are free again: NSLOTS allocations succeed. */
	static char *all[NSLOTS];
	int got = 0;
	for (int i = 0; i < NSLOTS; i++)
		got += (all[i] = host_slot_alloc()) != NULL;
	CHECK_EQ(got, NSLOTS);
	for (int i = 0; i < NSLOTS; i++)
		host_slot_free(all[i]);
}

static void test_store_dir(void)
{
	char buf[512];
	long n = host_obj_store_dir(buf, sizeof buf);
	CHECK(n > 0 && (size_t)n == strlen(store_dir) && strcmp(buf, store_dir) == 0);
	CHECK_EQ(host_obj_store_dir(buf, (size_t)n), -ENAMETOOLONG);
	/* Every directory we created has mode 0700. */
	const char *created[] = { "a", "a/b", "a/b/store", "a/b/store/objects" };
	for (int i = 0; i < 4; i++) {
		struct host_stat st;
		char p[400];
		snprintf(p, sizeof p, "%s/%s", tmpdir, created[i]);
		CHECK_EQ(host_fstatat(HOST_AT_FDCWD, p, &st, false), 0);
		CHECK_EQ(st.mode & 07777, 0700);
		CHECK_EQ(st.mode & S_IFMT, 0040000); /* S_IFDIR */
	}
}

static const struct obj_meta_info *meta_of(char *slot)
{
	return (const struct obj_meta_info *)(slot + HOST_OBJ_META);
}

/* Create, map, write, unmap, remap: common to both kinds. */
static void exercise_object(host_objid id, bool persistent)
{
	char *a = host_slot_alloc(), *b = host_slot_alloc();
	REQUIRE(a && b);
	CHECK(host_obj_exists(id));
	CHECK(host_obj_is_persistent(id) == persistent);

	CHECK_EQ(host_obj_map(id, a, HOST_PROT_R | HOST_PROT_W, 0), 0);
	const struct obj_meta_info *m = meta_of(a);
	CHECK(m->nonce != 0);
	CHECK(m->kuid == ((host_objid)0x1234 << 64 | 0x5678));
	CHECK_EQ(m->default_prot, HOST_PROT_R | HOST_PROT_W);
	CHECK_EQ(m->flags, 0);
	CHECK_EQ(m->fotcount, 0);
	CHECK_EQ(m->extcount, 0);
	CHECK(faults(a, false)); /* the null page is never mapped */
	strcpy(a + HOST_OBJ_NULLPAGE, "hello object");
	memcpy(a + HOST_OBJ_META - 8, "tail!!!", 8);
	CHECK_EQ(host_obj_sync(id, a), 0);
	CHECK_EQ(host_obj_unmap(a), 0);
	CHECK(faults(a + HOST_OBJ_NULLPAGE, false)); /* back to a PROT_NONE reservation */

	/* Read-only mapping elsewhere: the data is there, writes fault. */
	CHECK_EQ(host_obj_map(id, b, HOST_PROT_R, 0), 0);
	CHECK(strcmp(b + HOST_OBJ_NULLPAGE, "hello object") == 0);
	CHECK(memcmp(b + HOST_OBJ_META - 8, "tail!!!", 8) == 0);
	CHECK(faults(b + HOST_OBJ_NULLPAGE, true));
	CHECK(faults(b + HOST_OBJ_META, true));

	/* NO_NULLPAGE: object offset 0x1000 at the slot base, the meta page still last. */
	CHECK_EQ(host_obj_map(id, a, HOST_PROT_R | HOST_PROT_W, HOST_MAP_NO_NULLPAGE), 0);
	CHECK(strcmp(a, "hello object") == 0);
	CHECK(memcmp(a + HOST_OBJ_META - HOST_OBJ_NULLPAGE - 8, "tail!!!", 8) == 0);
	CHECK(meta_of(a)->nonce == m->nonce && meta_of(a)->default_prot == m->default_prot);
	CHECK(faults(a + HOST_OBJ_META - HOST_OBJ_NULLPAGE, false)); /* the page below the meta page */
	a[5] = '_'; /* shared with the other mapping */
	CHECK(strcmp(b + HOST_OBJ_NULLPAGE, "hello_object") == 0);
	a[5] = ' ';
	CHECK_EQ(host_obj_unmap(a), 0);
	CHECK_EQ(host_obj_unmap(b), 0);

	/* Bad arguments. */
	CHECK_EQ(host_obj_map(id, a + 4096, HOST_PROT_R, 0), -EINVAL);
	CHECK_EQ(host_obj_map(id, a, 8, 0), -EINVAL);
	CHECK_EQ(host_obj_map(id, a, HOST_PROT_R, 2), -EINVAL);
	CHECK_EQ(host_obj_map(id, (void *)tmpdir, HOST_PROT_R, 0), -EINVAL);
	host_slot_free(a);
	host_slot_free(b);
}

static const struct host_obj_spec vol_spec = { false, HOST_PROT_R | HOST_PROT_W, (host_objid)0x1234 << 64 | 0x5678 };
static const struct host_obj_spec per_spec = { true, HOST_PROT_R | HOST_PROT_W, (host_objid)0x1234 << 64 | 0x5678 };

static void test_volatile(void)
{
	host_objid id = 0, id2 = 0;
	CHECK_EQ(host_obj_create(&vol_spec, &id), 0);
	CHECK_EQ(host_obj_create(&vol_spec, &id2), 0);
	CHECK(id != 0 && id2 != 0 && id != id2);
	exercise_object(id, false);
	CHECK_EQ(host_obj_sync(id, NULL), 0);

	/* Delete: forgotten at once, but a live mapping keeps its pages. */
	char *s = host_slot_alloc();
	CHECK_EQ(host_obj_map(id, s, HOST_PROT_R, 0), 0);
	CHECK_EQ(host_obj_delete(id), 0);
	CHECK(!host_obj_exists(id));
	CHECK(strcmp(s + HOST_OBJ_NULLPAGE, "hello object") == 0);
	CHECK_EQ(host_obj_unmap(s), 0);
	CHECK_EQ(host_obj_map(id, s, HOST_PROT_R, 0), -ENOENT);
	CHECK_EQ(host_obj_delete(id), -ENOENT);
	CHECK(host_obj_exists(id2));
	CHECK_EQ(host_obj_delete(id2), 0);
	host_slot_free(s);

	/* Many volatile objects: the id table grows and keeps every entry. */
	static host_objid ids[300];
	for (int i = 0; i < 300; i++)
		CHECK_EQ(host_obj_create(&vol_spec, &ids[i]), 0);
	for (int i = 0; i < 300; i += 2)
		CHECK_EQ(host_obj_delete(ids[i]), 0);
	int present = 0;
	for (int i = 0; i < 300; i++)
		present += host_obj_exists(ids[i]) == (i % 2 == 1);
	CHECK_EQ(present, 300);
	for (int i = 1; i < 300; i += 2)
		CHECK_EQ(host_obj_delete(ids[i]), 0);
}

/* The path of a persistent object's file. */
static void object_path(host_objid id, char *out, size_t cap)
{
	char hex[HOST_OBJID_HEX_LEN + 1];
	host_objid_hex(id, hex);
	snprintf(out, cap, "%s/objects/%s", store_dir, hex);
}

static void test_persistent(void)
{
	host_objid id = 0;
	CHECK_EQ(host_obj_create(&per_spec, &id), 0);
	char path[512];
	object_path(id, path, sizeof path);
	struct host_stat st;
	CHECK_EQ(host_fstatat(HOST_AT_FDCWD, path, &st, true), 0);
	CHECK_EQ(st.size, HOST_OBJ_SIZE);
	CHECK_EQ(st.mode & S_IFMT, S_IFREG);
	CHECK_EQ(st.mode & 0777, 0600);
	exercise_object(id, true);

	/* A child writes through its own mapping and is killed: the data is in the file. */
	pid_t pid = fork();
	if (pid == 0) {
		char *s = host_slot_alloc();
		if (!s || host_obj_map(id, s, HOST_PROT_R | HOST_PROT_W, 0) != 0)
			_exit(3);
		strcpy(s + HOST_OBJ_NULLPAGE + 100, "written by the child");
		strcpy(s + 0x20000000, "middle");
		host_obj_sync(id, s);
		kill(getpid(), SIGKILL);
		_exit(4);
	}
	int wst;
	CHECK(pid > 0 && waitpid(pid, &wst, 0) == pid && WIFSIGNALED(wst) && WTERMSIG(wst) == SIGKILL);
	char *s = host_slot_alloc();
	CHECK_EQ(host_obj_map(id, s, HOST_PROT_R, 0), 0);
	CHECK(strcmp(s + HOST_OBJ_NULLPAGE, "hello object") == 0);
	CHECK(strcmp(s + HOST_OBJ_NULLPAGE + 100, "written by the child") == 0);
	CHECK(strcmp(s + 0x20000000, "middle") == 0);
	CHECK_EQ(host_obj_unmap(s), 0);

	/* The file holds the bytes at object offsets, and the meta page at 0x3FFFF000. */
	FILE *f = fopen(path, "rb");
	char got[32] = { 0 };
	struct obj_meta_info fm;
	CHECK(f && fseek(f, 0x1000 + 100, SEEK_SET) == 0 && fread(got, 1, 20, f) == 20);
	CHECK(memcmp(got, "written by the child", 20) == 0);
	CHECK(f && fseek(f, 0x3FFFF000L, SEEK_SET) == 0 && fread(&fm, sizeof fm, 1, f) == 1);
	CHECK(fm.kuid == per_spec.kuid && fm.default_prot == per_spec.default_prot && fm.nonce != 0);
	if (f)
		fclose(f);

	/* Delete removes the file; a second delete finds nothing. */
	CHECK_EQ(host_obj_delete(id), 0);
	CHECK(!host_obj_exists(id) && !host_obj_is_persistent(id));
	CHECK_EQ(host_fstatat(HOST_AT_FDCWD, path, &st, true), -ENOENT);
	CHECK_EQ(host_obj_delete(id), -ENOENT);
	CHECK_EQ(host_obj_map(id, s, HOST_PROT_R, 0), -ENOENT);
	CHECK_EQ(host_obj_sync(id, NULL), -ENOENT);
	host_slot_free(s);

	/* Unknown ids. */
	CHECK(!host_obj_exists(12345) && !host_obj_exists(0));
	CHECK_EQ(host_obj_delete(0), -ENOENT);
}

/* Writes str at object offset off of id through a temporary mapping. */
static void poke(host_objid id, uint64_t off, const char *str)
{
	char *s = host_slot_alloc();
	REQUIRE(s && host_obj_map(id, s, HOST_PROT_R | HOST_PROT_W, 0) == 0);
	memcpy(s + off, str, strlen(str));
	host_obj_unmap(s);
	host_slot_free(s);
}

/* Whether object offset off of id holds the n bytes at want. */
static bool holds(host_objid id, uint64_t off, const void *want, size_t n)
{
	char *s = host_slot_alloc();
	REQUIRE(s && host_obj_map(id, s, HOST_PROT_R, 0) == 0);
	bool ok = memcmp(s + off, want, n) == 0;
	host_obj_unmap(s);
	host_slot_free(s);
	return ok;
}

static void test_copy(void)
{
	static const char zeros[64];
	host_objid v = 0, p = 0, w = 0;
	CHECK_EQ(host_obj_create(&vol_spec, &v), 0);
	CHECK_EQ(host_obj_create(&per_spec, &p), 0);
	CHECK_EQ(host_obj_create(&vol_spec, &w), 0);
	poke(v, 0x1000, "first");
	poke(v, 0x5000, "second");
	poke(v, 0x30000000, "far away");
	poke(p, 0x2000, "will be overwritten by a hole");

	/* Volatile -> persistent (different file systems): data and holes both arrive. */
	CHECK_EQ(host_obj_copy(p, 0x1000, v, 0x1000, 0x10000), 0);
	CHECK(holds(p, 0x1000, "first", 5) && holds(p, 0x5000, "second", 6));
	CHECK(holds(p, 0x2000, zeros, sizeof zeros));
	/* Persistent -> volatile, at another offset; a large sparse range. */
	CHECK_EQ(host_obj_copy(w, 0x100000, p, 0x1000, 0x30000000), 0);
	CHECK(holds(w, 0x100000, "first", 5) && holds(w, 0x104000, "second", 6));
	CHECK_EQ(host_obj_copy(w, 0x2000, v, 0x30000000, 8), 0);
	CHECK(holds(w, 0x2000, "far away", 8));
	/* Volatile -> volatile, unaligned. */
	CHECK_EQ(host_obj_copy(w, 0x3003, v, 0x5001, 5), 0);
	CHECK(holds(w, 0x3003, "econd", 5));

	/* Zero fill (src 0), unaligned edges keep their neighbours. */
	poke(w, 0x7000, "0123456789");
	CHECK_EQ(host_obj_copy(w, 0x7002, 0, 0, 5), 0);
	CHECK(holds(w, 0x7000, "01\0\0\0\0\0" "789", 10));

	/* Overlapping copies inside one object, both directions. */
	poke(w, 0x9000, "abcdefghij");
	CHECK_EQ(host_obj_copy(w, 0x9002, w, 0x9000, 6), 0);
	CHECK(holds(w, 0x9000, "ababcdefij", 10));
	CHECK_EQ(host_obj_copy(w, 0x9000, w, 0x9002, 6), 0);
	CHECK(holds(w, 0x9000, "abcdefefij", 10));

	/* Errors. */
	CHECK_EQ(host_obj_copy(w, HOST_OBJ_SIZE - 4, v, 0, 8), -EINVAL);
	CHECK_EQ(host_obj_copy(w, 0, v, HOST_OBJ_SIZE, 1), -EINVAL);
	CHECK_EQ(host_obj_copy(w, 0x1000, 999, 0, 8), -ENOENT);
	CHECK_EQ(host_obj_copy(999, 0x1000, v, 0, 8), -ENOENT);

	CHECK_EQ(host_obj_delete(v), 0);
	CHECK_EQ(host_obj_delete(p), 0);
	CHECK_EQ(host_obj_delete(w), 0);
}

static int count_fds(void)
{
	long fd = host_openat(HOST_AT_FDCWD, "/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	char buf[4096];
	int n = 0;
	long got;
	while ((got = host_getdents64((int)fd, buf, sizeof buf)) > 0) {
		for (long off = 0; off < got;) {
			struct dirent_head {
				uint64_t ino;
				int64_t off;
				unsigned short reclen;
			} *d = (struct dirent_head *)(buf + off);
			n++;
			off += d->reclen;
		}
	}
	host_close((int)fd);
	return n;
}

static void test_map_cycles(void)
{
	host_objid v = 0, p = 0;
	CHECK_EQ(host_obj_create(&vol_spec, &v), 0);
	CHECK_EQ(host_obj_create(&per_spec, &p), 0);
	poke(v, 0x1000, "v");
	poke(p, 0x1000, "p");
	int before = count_fds();
	char *s = host_slot_alloc();
	int bad = 0;
	for (int i = 0; i < 10000; i++) {
		host_objid id = i % 2 ? v : p;
		unsigned prot = i % 3 ? HOST_PROT_R : HOST_PROT_R | HOST_PROT_W;
		if (host_obj_map(id, s, prot, i % 5 == 0 ? HOST_MAP_NO_NULLPAGE : 0) != 0) {
			bad++;
			continue;
		}
		char c = s[i % 5 == 0 ? 0 : HOST_OBJ_NULLPAGE];
		bad += c != (i % 2 ? 'v' : 'p');
		if (host_obj_unmap(s) != 0)
			bad++;
	}
	CHECK_EQ(bad, 0);
	CHECK_EQ(count_fds(), before);
	host_slot_free(s);
	CHECK_EQ(host_obj_delete(v), 0);
	CHECK_EQ(host_obj_delete(p), 0);
}

/* Removes what the test made under tmpdir (objects are deleted by the tests; leftovers go here). */
static void cleanup(void)
{
	char p[512];
	snprintf(p, sizeof p, "%s/objects", store_dir);
	long fd = host_openat(HOST_AT_FDCWD, p, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	if (fd >= 0) {
		char buf[4096];
		long got;
		while ((got = host_getdents64((int)fd, buf, sizeof buf)) > 0) {
			for (long off = 0; off < got;) {
				unsigned short reclen = *(unsigned short *)(buf + off + 16);
				const char *name = buf + off + 19;
				if (strcmp(name, ".") && strcmp(name, ".."))
					host_unlinkat((int)fd, name, false);
				off += reclen;
			}
		}
		host_close((int)fd);
	}
	const char *dirs[] = { "a/b/store/objects", "a/b/store", "a/b", "a", "" };
	for (int i = 0; i < 5; i++) {
		snprintf(p, sizeof p, "%s/%s", tmpdir, dirs[i]);
		host_unlinkat(HOST_AT_FDCWD, p, true);
	}
}

int main(void)
{
	const char *base = getenv("TWZ_TMP");
	snprintf(tmpdir, sizeof tmpdir, "%s/host_objstore.XXXXXX", base && *base ? base : "/tmp");
	REQUIRE(mkdtemp(tmpdir));
	snprintf(store_dir, sizeof store_dir, "%s/a/b/store", tmpdir);
	snprintf(store_path_env, sizeof store_path_env, "TWZ_STORE=%s/", store_dir); /* trailing '/' is trimmed */

	boot_with_env();
	test_boot();
	test_slots();
	test_slots_threads();
	test_store_dir();
	test_volatile();
	test_persistent();
	test_copy();
	test_map_cycles();
	cleanup();
	return failures ? 1 : 0;
}
