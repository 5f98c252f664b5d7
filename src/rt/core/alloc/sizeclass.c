/* The size-class table and layout resolution (sizeclass.h). */
#include "sizeclass.h"

/* Class i's size: 16 * (i + 1) up to 128, then 2^k + j * 2^(k - 2). */
#define CS(i)                                                                                                \
	((i) < 8 ? 16u * ((i) + 1u)                                                                          \
		 : (1u << (7 + ((i)-8) / 4)) + (((i)-8) % 4 + 1u) * (1u << (5 + ((i)-8) / 4)))
/* Blocks per exchange with the central pool: about 16 KiB worth, between 1 and 64 blocks. */
#define BATCH(i) (16384u / CS(i) > 64u ? 64u : 16384u / CS(i) < 1u ? 1u : 16384u / CS(i))
/* Pages carved at a time: at least 64 KiB and at least eight blocks. */
#define SPAN(i) (CS(i) * 8u > 65536u ? (CS(i) * 8u + ALLOC_PAGE - 1) / ALLOC_PAGE : 65536u / ALLOC_PAGE)
/* clang-format off */
#define C(i) { CS(i), BATCH(i), SPAN(i) }

const struct alloc_class_info alloc_classes[ALLOC_NUM_CLASSES] = {
	C(0),  C(1),  C(2),  C(3),  C(4),  C(5),  C(6),  C(7),  C(8),  C(9),  C(10), C(11), C(12), C(13),
	C(14), C(15), C(16), C(17), C(18), C(19), C(20), C(21), C(22), C(23), C(24), C(25), C(26), C(27),
	C(28), C(29), C(30), C(31), C(32), C(33), C(34), C(35), C(36), C(37), C(38), C(39),
};
/* alloc_class_by16[i]: the class of 16 * i bytes (checked against alloc_classes by the unit test). */
const uint8_t alloc_class_by16[65] = {
	0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 9, 10, 10, 11,
	11, 12, 12, 12, 12, 13, 13, 13, 13, 14, 14, 14, 14, 15, 15, 15,
	15, 16, 16, 16, 16, 16, 16, 16, 16, 17, 17, 17, 17, 17, 17, 17,
	17, 18, 18, 18, 18, 18, 18, 18, 18, 19, 19, 19, 19, 19, 19, 19,
	19,
};
/* clang-format on */

_Static_assert(CS(ALLOC_NUM_CLASSES - 1) == ALLOC_SMALL_MAX, "last class is ALLOC_SMALL_MAX");

struct alloc_layout alloc_layout_of(size_t sz, size_t align)
{
	struct alloc_layout l = {ALLOC_INVALID, 0, 0, 0};
	if (align == 0 || (align & (align - 1)))
		return l;
	if (sz == 0)
		sz = 1;
	/* As Rust's Layout: the size rounded up to align must not exceed PTRDIFF_MAX. */
	if (sz > (size_t)PTRDIFF_MAX - (align - 1))
		return l;
	size_t s = (sz + align - 1) & ~(align - 1);
	if (align <= ALLOC_PAGE && s <= ALLOC_SMALL_MAX) {
		unsigned c = alloc_class_index(s);
		/* A class whose size is a multiple of align; a power of two at most four classes up is one.
		 */
		while (alloc_classes[c].size & (align - 1))
			c++;
		l.kind = ALLOC_SMALL;
		l.cls = c;
		return l;
	}
	l.kind = ALLOC_LARGE;
	l.pages = (s + ALLOC_PAGE - 1) / ALLOC_PAGE;
	l.align_pages = align > ALLOC_PAGE ? align / ALLOC_PAGE : 1;
	return l;
}
