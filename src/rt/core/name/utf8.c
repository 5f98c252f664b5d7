/* A strict UTF-8 validator (RFC 3629). */
#include "name.h"

bool rt_utf8_valid(const void *s, size_t n)
{
	const uint8_t *p = s, *end = p + n;
	while (p < end) {
		uint8_t c = *p++;
		if (c < 0x80)
			continue;
		size_t more;
		uint32_t cp, min;
		if (c >= 0xC2 && c <= 0xDF) {
			more = 1, cp = c & 0x1F, min = 0x80;
		} else if ((c & 0xF0) == 0xE0) {
			more = 2, cp = c & 0x0F, min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			more = 3, cp = c & 0x07, min = 0x10000;
		} else {
			return false; /* continuation byte, 0xC0/0xC1, or 0xF5.. */
		}
		if ((size_t)(end - p) < more)
			return false;
		for (size_t i = 0; i < more; i++) {
			if ((p[i] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (p[i] & 0x3F);
		}
		p += more;
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
	}
	return true;
}
