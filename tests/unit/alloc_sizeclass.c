/* Size classes and layout resolution of the allocator (src/rt/core/alloc/sizeclass.c). */
#include "../../src/rt/core/alloc/sizeclass.c"
#include <stdio.h>

static int failures;
#define CHECK(c)                                                                                             \
	do {                                                                                                 \
		if (!(c)) {                                                                                  \
			fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #c);                \
			if (++failures > 20)                                                                 \
				return 1;                                                                    \
		}                                                                                            \
	} while (0)

int main(void)
{
	/* The table: increasing multiples of 16, sane batch and span sizes. */
	for (unsigned c = 0; c < ALLOC_NUM_CLASSES; c++) {
		const struct alloc_class_info *k = &alloc_classes[c];
		CHECK(k->size % 16 == 0);
		CHECK(c == 0 || k->size > alloc_classes[c - 1].size);
		CHECK(k->batch >= 1 && k->batch <= 64);
		CHECK(k->size >= 16 || k->batch >= 1);
		CHECK((size_t)k->span_pages * ALLOC_PAGE >= 8u * k->size);
		CHECK((size_t)k->span_pages * ALLOC_PAGE >= 65536u);
		/* A class is never more than 25% (or 16 bytes) bigger than the one below it. */
		if (c > 0)
			CHECK(k->size - alloc_classes[c - 1].size <= (k->size / 4 > 16 ? k->size / 4 : 16));
	}
	CHECK(alloc_classes[ALLOC_NUM_CLASSES - 1].size == ALLOC_SMALL_MAX);

	/* alloc_class_index: the smallest class that holds s. */
	for (size_t s = 1; s <= ALLOC_SMALL_MAX; s++) {
		unsigned c = alloc_class_index(s);
		CHECK(c < ALLOC_NUM_CLASSES);
		CHECK(alloc_classes[c].size >= s);
		CHECK(c == 0 || alloc_classes[c - 1].size < s);
	}

	/* Fast-path test agrees with the general resolution. */
	for (size_t align = 0; align <= 64; align++) {
		for (size_t s = 0; s <= ALLOC_SMALL_MAX + 10; s += (s < 300 ? 1 : 97)) {
			struct alloc_layout l = alloc_layout_of(s, align);
			if (alloc_layout_is_fast(s, align)) {
				CHECK(l.kind == ALLOC_SMALL);
				CHECK(l.cls == alloc_class_index(s));
			}
		}
	}
	CHECK(!alloc_layout_is_fast(0, 16));
	CHECK(!alloc_layout_is_fast(8, 0));
	CHECK(!alloc_layout_is_fast(8, 3));
	CHECK(!alloc_layout_is_fast(8, 32));
	CHECK(!alloc_layout_is_fast(ALLOC_SMALL_MAX + 1, 8));
	CHECK(alloc_layout_is_fast(ALLOC_SMALL_MAX, 1));

	/* Every power-of-two alignment: the class size is a multiple of align and holds sz. */
	for (size_t align = 1; align <= 1u << 20; align <<= 1) {
		for (size_t s = 0; s <= 3 * ALLOC_SMALL_MAX; s += (s < 600 ? 1 : 61)) {
			struct alloc_layout l = alloc_layout_of(s, align);
			size_t need = s ? s : 1;
			CHECK(l.kind != ALLOC_INVALID);
			if (l.kind == ALLOC_SMALL) {
				CHECK(align <= ALLOC_PAGE);
				CHECK(alloc_classes[l.cls].size >= need);
				CHECK(alloc_classes[l.cls].size % align == 0);
			} else {
				CHECK(l.pages * ALLOC_PAGE >= need);
				CHECK(l.pages * ALLOC_PAGE < need + ALLOC_PAGE + align);
				CHECK(l.align_pages * ALLOC_PAGE ==
				      (align > ALLOC_PAGE ? align : ALLOC_PAGE));
				CHECK(align > ALLOC_PAGE || need > ALLOC_SMALL_MAX - align + 1 ||
				      s > ALLOC_SMALL_MAX);
			}
		}
	}

	/* Invalid layouts. */
	CHECK(alloc_layout_of(8, 0).kind == ALLOC_INVALID);
	CHECK(alloc_layout_of(8, 3).kind == ALLOC_INVALID);
	CHECK(alloc_layout_of(8, 48).kind == ALLOC_INVALID);
	CHECK(alloc_layout_of(SIZE_MAX, 1).kind == ALLOC_INVALID);
	CHECK(alloc_layout_of(SIZE_MAX - 4000, 1).kind == ALLOC_INVALID);
	CHECK(alloc_layout_of(SIZE_MAX - 10, 64).kind == ALLOC_INVALID);
	CHECK(alloc_layout_of(SIZE_MAX / 2, (SIZE_MAX / 2) + 1).kind == ALLOC_INVALID);
	CHECK(alloc_layout_of(1, (SIZE_MAX / 2) + 1).kind == ALLOC_INVALID);
	CHECK(alloc_layout_of((size_t)PTRDIFF_MAX, 1).kind == ALLOC_LARGE);
	CHECK(alloc_layout_of((size_t)PTRDIFF_MAX + 1, 1).kind == ALLOC_INVALID);
	CHECK(alloc_layout_of((size_t)PTRDIFF_MAX - 5000, 1).kind == ALLOC_LARGE);
	CHECK(alloc_layout_of(1, (size_t)1 << 62).kind == ALLOC_LARGE);
	/* sz 0 behaves like 1. */
	CHECK(alloc_layout_of(0, 8).kind == ALLOC_SMALL && alloc_layout_of(0, 8).cls == 0);
	return failures ? 1 : 0;
}
