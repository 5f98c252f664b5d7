/* Small pieces newlib's configuration leaves dangling. */
#include <stdio.h>
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

/* newlib 3.3 implements getline and getdelim as __getline and __getdelim only. */
ssize_t __getline(char **, size_t *, FILE *);
ssize_t __getdelim(char **, size_t *, int, FILE *);

ssize_t getline(char **restrict line, size_t *restrict n, FILE *restrict f)
{
	return __getline(line, n, f);
}

ssize_t getdelim(char **restrict line, size_t *restrict n, int delim, FILE *restrict f)
{
	return __getdelim(line, n, delim, f);
}
