/* Numeric socket addresses for twz_rt_canon_name's socket resolver (there is no DNS in this runtime):
 * "a.b.c.d", "a.b.c.d:port", an IPv6 literal ("::1", "fe80::1%2", with an embedded IPv4 tail allowed),
 * "[v6]" or "[v6]:port", and "localhost" (127.0.0.1) with an optional ":port". Ports default to 0. */
#include "name.h"

/* Parses decimal digits s[0..n) into *v (at most max). */
static bool parse_dec(const char *s, size_t n, uint32_t max, uint32_t *v)
{
	if (n == 0 || n > 10)
		return false;
	uint64_t x = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		x = x * 10 + (uint64_t)(s[i] - '0');
	}
	if (x > max)
		return false;
	*v = (uint32_t)x;
	return true;
}

static bool parse_v4(const char *s, size_t n, uint8_t out[4])
{
	size_t part = 0, start = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] != '.')
			continue;
		uint32_t v;
		if (part == 4 || i - start > 3 || !parse_dec(s + start, i - start, 255, &v))
			return false;
		out[part++] = (uint8_t)v;
		start = i + 1;
	}
	return part == 4;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* An IPv6 literal (no brackets, no scope) into out[16]. */
static bool parse_v6(const char *s, size_t n, uint8_t out[16])
{
	uint16_t g[8];
	int ng = 0, gap = -1;
	size_t i = 0;
	if (n >= 2 && s[0] == ':' && s[1] == ':') {
		gap = 0;
		i = 2;
	}
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != ':' && s[j] != '.')
			j++;
		if (j < n && s[j] == '.') { /* an IPv4 tail takes the last two groups */
			uint8_t v4[4];
			if (ng > 6 || !parse_v4(s + i, n - i, v4))
				return false;
			g[ng++] = (uint16_t)(v4[0] << 8 | v4[1]);
			g[ng++] = (uint16_t)(v4[2] << 8 | v4[3]);
			i = n;
			break;
		}
		if (j == i || j - i > 4 || ng == 8)
			return false;
		uint16_t v = 0;
		for (size_t k = i; k < j; k++) {
			int h = hexval(s[k]);
			if (h < 0)
				return false;
			v = (uint16_t)(v << 4 | h);
		}
		g[ng++] = v;
		i = j;
		if (i < n) {
			i++; /* the ':' */
			if (i < n && s[i] == ':') {
				if (gap >= 0)
					return false;
				gap = ng;
				i++;
			} else if (i == n) {
				return false; /* a trailing single ':' */
			}
		}
	}
	if ((gap < 0 && ng != 8) || (gap >= 0 && ng > 7))
		return false;
	int fill = 8 - ng, o = 0;
	for (int k = 0; k < ng; k++) {
		if (k == gap)
			for (int z = 0; z < fill; z++, o++)
				out[2 * o] = out[2 * o + 1] = 0;
		out[2 * o] = (uint8_t)(g[k] >> 8);
		out[2 * o + 1] = (uint8_t)g[k];
		o++;
	}
	while (o < 8) { /* a gap at the end */
		out[2 * o] = out[2 * o + 1] = 0;
		o++;
	}
	return true;
}

/* Splits "host:port" at the last ':' when what follows is all digits. */
static bool split_port(const char *s, size_t n, size_t *host_len, uint32_t *port)
{
	for (size_t i = n; i-- > 0;) {
		if (s[i] == ':')
			return parse_dec(s + i + 1, n - i - 1, 65535, port) && (*host_len = i, true);
		if (s[i] < '0' || s[i] > '9')
			break;
	}
	*host_len = n;
	*port = 0;
	return true;
}

bool rt_name_parse_sockaddr(const char *s, size_t n, struct socket_address *out)
{
	memset(out, 0, sizeof *out);
	uint32_t port = 0;
	if (n && s[0] == '[') {
		size_t close = 1;
		while (close < n && s[close] != ']')
			close++;
		if (close == n)
			return false;
		if (close + 1 < n &&
		    (s[close + 1] != ':' || !parse_dec(s + close + 2, n - close - 2, 65535, &port)))
			return false;
		s++;
		n = close - 1;
	} else {
		size_t colons = 0, host_len;
		for (size_t i = 0; i < n; i++)
			colons += s[i] == ':';
		if (colons <= 1) { /* IPv4 or localhost, maybe with a port */
			if (!split_port(s, n, &host_len, &port))
				return false;
			out->port = (uint16_t)port;
			if (host_len == 9 && !host_strncmp(s, "localhost", 9)) {
				out->kind = AddrKind_Ipv4;
				out->addr_octets.v4[0] = 127;
				out->addr_octets.v4[3] = 1;
				return true;
			}
			out->kind = AddrKind_Ipv4;
			return parse_v4(s, host_len, out->addr_octets.v4);
		}
	}
	size_t pct = 0;
	while (pct < n && s[pct] != '%')
		pct++;
	uint32_t scope = 0;
	if (pct < n && !parse_dec(s + pct + 1, n - pct - 1, UINT32_MAX, &scope))
		return false;
	out->kind = AddrKind_Ipv6;
	out->port = (uint16_t)port;
	out->scope_id = scope;
	return parse_v6(s, pct, out->addr_octets.v6);
}
