/* Small pieces newlib's configuration leaves dangling. */
#include <wchar.h>
#include "sysdeps.h"

struct __locale_t;

/* Japanese charset to Unicode, called by newlib's towctrans_l; the JIS/SJIS/EUC-JP locales are not built
 * (no --enable-newlib-mb extended charsets), so every character is already Unicode. */
wint_t _jp2uc_l(wint_t c, struct __locale_t *l)
{
	(void)l;
	return c;
}

wint_t _uc2jp_l(wint_t c, struct __locale_t *l)
{
	(void)l;
	return c;
}
