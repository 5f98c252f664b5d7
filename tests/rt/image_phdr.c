/* Loaded images of a static program: image 0 describes the program (phdrs, TLS, span containing main),
 * there is no image 1, and twz_rt_iter_phdr / dl_iterate_phdr visit it once. */
#include "tcheck.h"

#define PT_LOAD 1
#define PT_TLS 7

struct phdr {
	uint32_t p_type, p_flags;
	uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
};

static __thread int tvar = 3;

int dl_iterate_phdr(int (*cb)(const struct dl_phdr_info *, size_t, void *), void *data);

static int count_cb(const struct dl_phdr_info *info, size_t size, void *data)
{
	CHECK_EQ(size, sizeof *info);
	CHECK(info->phdr != NULL);
	CHECK_EQ(info->tls_modid, 1);
	++*(int *)data;
	return 0;
}

static int stop_cb(const struct dl_phdr_info *info, size_t size, void *data)
{
	(void)info, (void)size, (void)data;
	return 42;
}

int main(void)
{
	struct loaded_image li;
	REQUIRE(twz_rt_get_loaded_image(TWZ_RT_EXEID, &li));
	CHECK_EQ(li.id, TWZ_RT_EXEID);
	CHECK_EQ(li.image_handle.id, 0);
	CHECK(li.image_handle.runtime_info == NULL);
	uintptr_t start = (uintptr_t)li.image_start;
	CHECK(start != 0);
	CHECK((uintptr_t)&main >= start && (uintptr_t)&main < start + li.image_len);
	CHECK(li.dl_info.name != NULL && li.dl_info.name[0] != 0);
	CHECK_EQ(li.dl_info.addr, 0); /* static, not PIE */
	CHECK_EQ(li.dl_info.tls_modid, 1);
	CHECK((uintptr_t)&tvar >= (uintptr_t)li.dl_info.tls_data);
	CHECK((uintptr_t)&tvar < (uintptr_t)__builtin_thread_pointer());
	CHECK_EQ(*(int *)((char *)li.dl_info.tls_data + ((uintptr_t)&tvar - (uintptr_t)li.dl_info.tls_data)),
		 3);

	const struct phdr *ph = li.dl_info.phdr;
	int loads = 0, tls = 0;
	for (uint32_t i = 0; i < li.dl_info.phnum; i++) {
		loads += ph[i].p_type == PT_LOAD;
		tls += ph[i].p_type == PT_TLS;
	}
	CHECK(loads >= 1);
	CHECK_EQ(tls, 1);

	CHECK(!twz_rt_get_loaded_image(1, &li));
	CHECK(!twz_rt_get_loaded_image(0xffffffffu, &li));

	int n = 0;
	CHECK_EQ(twz_rt_iter_phdr(count_cb, &n), 0);
	CHECK_EQ(n, 1);
	n = 0;
	CHECK_EQ(dl_iterate_phdr(count_cb, &n), 0);
	CHECK_EQ(n, 1);
	CHECK_EQ(twz_rt_iter_phdr(stop_cb, NULL), 42);
	return t_status();
}
