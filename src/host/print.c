/* Formatted output for diagnostics: a small printf with no allocation and no libc (see print.h for the
 * conversions it knows). Also compiles in a hosted build, so tests can compare it with the C library's. */
#include <stdarg.h>
#include "print.h"
#include "fs.h"

/* The output buffer: bytes past cap - 1 are counted, not stored. */
struct print_out {
	char *buf;
	size_t cap;
	size_t len;
};

/* A parsed conversion specification: %[flags][width][.precision][length]conv. */
struct print_spec {
	bool left;      /* '-' */
	bool zero;      /* '0' */
	bool has_prec;
	size_t width;
	size_t prec;
};

static void print_putc(struct print_out *o, char c)
{
	if (o->len + 1 < o->cap)
		o->buf[o->len] = c;
	o->len++;
}

static void print_puts(struct print_out *o, const char *s, size_t n)
{
	while (n--)
		print_putc(o, *s++);
}

static void print_pad(struct print_out *o, char c, size_t n)
{
	while (n--)
		print_putc(o, c);
}

/* Writes body (n bytes) padded with spaces to the field width, on the side the spec asks for. */
static void print_field(struct print_out *o, const struct print_spec *sp, const char *body, size_t n)
{
	size_t pad = sp->width > n ? sp->width - n : 0;
	if (!sp->left)
		print_pad(o, ' ', pad);
	print_puts(o, body, n);
	if (sp->left)
		print_pad(o, ' ', pad);
}

/* Formats an integer: optional sign or prefix, at least prec digits, padded to width with spaces or
 * (with '0', no '-' and no precision) zeros placed after the sign. */
static void print_int(struct print_out *o, const struct print_spec *sp, uint64_t v, bool neg, unsigned base,
		      bool upper, const char *prefix)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];
	size_t nd = 0;
	while (v) {
		tmp[nd++] = digits[v % base];
		v /= base;
	}
	size_t prec = sp->has_prec ? sp->prec : 1;
	size_t nzero = prec > nd ? prec - nd : 0;
	size_t npre = neg ? 1 : (prefix ? 2 : 0);
	size_t body = npre + nzero + nd;
	size_t pad = sp->width > body ? sp->width - body : 0;

	if (sp->zero && !sp->left && !sp->has_prec) {
		nzero += pad;
		pad = 0;
	}
	if (!sp->left)
		print_pad(o, ' ', pad);
	if (neg)
		print_putc(o, '-');
	else if (prefix)
		print_puts(o, prefix, 2);
	print_pad(o, '0', nzero);
	while (nd)
		print_putc(o, tmp[--nd]);
	if (sp->left)
		print_pad(o, ' ', pad);
}

/* Reads a decimal number at *p (advancing it), saturating far above any sane field width. */
static size_t print_num(const char **p)
{
	size_t n = 0;
	while (**p >= '0' && **p <= '9') {
		if (n < 100000)
			n = n * 10 + (size_t)(**p - '0');
		(*p)++;
	}
	return n;
}

size_t host_vsnprintf(char *buf, size_t cap, const char *fmt, va_list ap)
{
	struct print_out o = { buf, cap, 0 };

	while (*fmt) {
		if (*fmt != '%') {
			print_putc(&o, *fmt++);
			continue;
		}
		const char *start = fmt++;
		struct print_spec sp = { 0 };

		for (;; fmt++) {
			if (*fmt == '-')
				sp.left = true;
			else if (*fmt == '0')
				sp.zero = true;
			else
				break;
		}
		if (*fmt == '*') {
			int w = va_arg(ap, int);
			if (w < 0) {
				sp.left = true;
				w = -w;
			}
			sp.width = (size_t)w;
			fmt++;
		} else {
			sp.width = print_num(&fmt);
		}
		if (*fmt == '.') {
			fmt++;
			sp.has_prec = true;
			if (*fmt == '*') {
				int pr = va_arg(ap, int);
				sp.has_prec = pr >= 0; /* a negative precision counts as none */
				sp.prec = pr >= 0 ? (size_t)pr : 0;
				fmt++;
			} else {
				sp.prec = print_num(&fmt);
			}
		}
		/* Length: 'h' 'hh' 'l' 'll' 'z' 'j' 't'; size counts the promoted argument's width. */
		int lng = 0; /* 0 int, 1 long-sized, -1 short, -2 char */
		for (;; fmt++) {
			if (*fmt == 'l' || *fmt == 'z' || *fmt == 'j' || *fmt == 't')
				lng = 1;
			else if (*fmt == 'h')
				lng = lng < 0 ? -2 : -1;
			else
				break;
		}

		switch (*fmt) {
		case '%':
			print_putc(&o, '%');
			break;
		case 'c': {
			char c = (char)va_arg(ap, int);
			print_field(&o, &sp, &c, 1);
			break;
		}
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			size_t n = 0;
			while ((!sp.has_prec || n < sp.prec) && s[n])
				n++;
			print_field(&o, &sp, s, n);
			break;
		}
		case 'd':
		case 'i': {
			int64_t v = lng > 0 ? va_arg(ap, long) : va_arg(ap, int);
			if (lng == -1)
				v = (short)v;
			else if (lng == -2)
				v = (signed char)v;
			uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
			print_int(&o, &sp, mag, v < 0, 10, false, NULL);
			break;
		}
		case 'u':
		case 'x':
		case 'X': {
			uint64_t v = lng > 0 ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
			if (lng == -1)
				v = (unsigned short)v;
			else if (lng == -2)
				v = (unsigned char)v;
			print_int(&o, &sp, v, false, *fmt == 'u' ? 10 : 16, *fmt == 'X', NULL);
			break;
		}
		case 'p': {
			uintptr_t v = (uintptr_t)va_arg(ap, void *);
			if (v)
				print_int(&o, &sp, v, false, 16, false, "0x");
			else
				print_field(&o, &sp, "(nil)", 5);
			break;
		}
		default:
			/* Unknown conversion (or the string ended inside one): copy the text as it stands. */
			if (!*fmt) {
				print_puts(&o, start, (size_t)(fmt - start));
				continue;
			}
			print_puts(&o, start, (size_t)(fmt + 1 - start));
			break;
		}
		fmt++;
	}
	if (cap)
		buf[o.len < cap ? o.len : cap - 1] = '\0';
	return o.len;
}

size_t host_snprintf(char *buf, size_t cap, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	size_t n = host_vsnprintf(buf, cap, fmt, ap);
	va_end(ap);
	return n;
}

long host_dprintf(int fd, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	size_t n = host_vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n > sizeof buf - 1)
		n = sizeof buf - 1; /* truncated */
	long r = host_write_all(fd, buf, n);
	return r < 0 ? r : (long)n;
}

long host_write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len) {
		long r = host_write(fd, p, len);
		if (r == -EINTR)
			continue;
		if (r < 0)
			return r;
		if (r == 0)
			return -EIO; /* no progress: do not spin */
		p += r;
		len -= (size_t)r;
	}
	return 0;
}
