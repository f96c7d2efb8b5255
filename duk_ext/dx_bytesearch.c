/*
 * dx_bytesearch: byte string search (see dx_bytesearch.h).  Long needles use
 * the Two-Way algorithm of Crochemore and Perrin (linear time, constant
 * space) preceded by a skip on the window's last byte pair (Horspool on
 * hashed pairs): a pair absent from the needle moves the window by m - 1 with
 * no data dependency between steps, which makes typical searches sublinear
 * and fast.  The backward search runs the same
 * code over the bytes read from the end, instantiated by a macro with a
 * reversed byte accessor.
 */
#include <string.h>

#include "dx_bytesearch.h"

/* Needles up to this length are found with memchr plus a short compare. */
#define DX__SHORT_NEEDLE 2

/* Hash of a byte pair (a, b) for the pair-skip table. */
#define DX__PAIR(a, b) ((uint8_t) (((unsigned) (a) << 3) ^ (unsigned) (b)))

/* Byte i of x[0..n) read forwards or backwards. */
#define DX__AT_FWD(x, n, i) ((x)[(i)])
#define DX__AT_REV(x, n, i) ((x)[(n) - 1 - (i)])

/* Start (minus one) of the maximal suffix of x[0..m) read forwards or (rev)
 * backwards, for the byte order `greater`, and the period of that suffix.
 * Runs once per search over the needle: one copy serves both directions. */
static ptrdiff_t dx__max_suffix(const uint8_t *x, ptrdiff_t m, int rev, int greater, ptrdiff_t *period) {
	ptrdiff_t ms = -1, j = 0, k = 1, p = 1;
	while (j + k < m) {
		uint8_t a = rev ? DX__AT_REV(x, m, j + k) : x[j + k], b = rev ? DX__AT_REV(x, m, ms + k) : x[ms + k];
		if (greater ? a > b : a < b) {
			j += k;
			k = 1;
			p = j - ms;
		} else if (a == b) {
			if (k != p) {
				k++;
			} else {
				j += p;
				k = 1;
			}
		} else {
			ms = j;
			j = ms + 1;
			k = p = 1;
		}
	}
	*period = p;
	return ms;
}

/* Defines NAME(y, n, x, m): the first j with x == y[j..j+m) in the order of
 * the accessor AT (REV: 1 for the backward order), for 0 < m <= n. */
#define DX__DEFINE_TWO_WAY(NAME, AT, REV) \
	static size_t NAME(const uint8_t *y, size_t n_, const uint8_t *x, size_t m_) { \
		ptrdiff_t n = (ptrdiff_t) n_, m = (ptrdiff_t) m_; \
		ptrdiff_t p1, p2, ell, per, i, j = 0, memory = -1; \
		ptrdiff_t s1 = dx__max_suffix(x, m, REV, 0, &p1), s2 = dx__max_suffix(x, m, REV, 1, &p2); \
		size_t last_pair[256]; /* hashed byte pair -> last index it ends at, 0 = none */ \
		int periodic = 1; \
		ell = s1 > s2 ? s1 : s2; \
		per = s1 > s2 ? p1 : p2; \
		memset(last_pair, 0, sizeof last_pair); \
		for (i = 1; i < m; i++) { \
			last_pair[DX__PAIR(AT(x, m, i - 1), AT(x, m, i))] = (size_t) i; \
		} \
		if (ell + 1 + per > m) { \
			periodic = 0; \
		} else { \
			for (i = 0; i <= ell; i++) { \
				if (AT(x, m, i) != AT(x, m, i + per)) { \
					periodic = 0; \
					break; \
				} \
			} \
		} \
		if (!periodic) { \
			per = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1; \
		} \
		for (;;) { \
			ptrdiff_t low, k; \
			if (j > n - m) { \
				break; \
			} \
			k = (ptrdiff_t) last_pair[DX__PAIR(AT(y, n, j + m - 2), AT(y, n, j + m - 1))]; \
			if (k == 0) { /* the window's last pair is not in the needle: stride */ \
				memory = -1; \
				do { \
					j += m - 1; \
					if (j > n - m) { \
						return DX_BYTES_NOT_FOUND; \
					} \
					k = (ptrdiff_t) last_pair[DX__PAIR(AT(y, n, j + m - 2), AT(y, n, j + m - 1))]; \
				} while (k == 0); \
			} \
			if (k != m - 1) { /* align the pair's last occurrence */ \
				j += m - 1 - k; \
				memory = -1; \
				continue; \
			} \
			low = periodic ? memory : -1; \
			i = (ell > low ? ell : low) + 1; \
			while (i < m && AT(x, m, i) == AT(y, n, i + j)) { \
				i++; \
			} \
			if (i < m) { \
				j += i - ell; \
				memory = -1; \
				continue; \
			} \
			i = ell; \
			while (i > low && AT(x, m, i) == AT(y, n, i + j)) { \
				i--; \
			} \
			if (i <= low) { \
				return (size_t) j; \
			} \
			j += per; \
			memory = m - per - 1; \
		} \
		return DX_BYTES_NOT_FOUND; \
	}

DX__DEFINE_TWO_WAY(dx__two_way_fwd, DX__AT_FWD, 0)
DX__DEFINE_TWO_WAY(dx__two_way_rev, DX__AT_REV, 1)

size_t dx_bytes_find(const uint8_t *hay, size_t hlen, const uint8_t *needle, size_t nlen, size_t from) {
	size_t r;
	if (from > hlen) {
		return DX_BYTES_NOT_FOUND;
	}
	if (nlen == 0) {
		return from;
	}
	if (nlen > hlen - from) {
		return DX_BYTES_NOT_FOUND;
	}
	if (nlen <= DX__SHORT_NEEDLE) {
		const uint8_t *p = hay + from, *last = hay + (hlen - nlen);
		while (p <= last) {
			p = memchr(p, needle[0], (size_t) (last - p) + 1);
			if (p == NULL) {
				return DX_BYTES_NOT_FOUND;
			}
			if (nlen == 1 || p[1] == needle[1]) {
				return (size_t) (p - hay);
			}
			p++;
		}
		return DX_BYTES_NOT_FOUND;
	}
	r = dx__two_way_fwd(hay + from, hlen - from, needle, nlen);
	return r == DX_BYTES_NOT_FOUND ? r : r + from;
}

size_t dx_bytes_rfind(const uint8_t *hay, size_t hlen, const uint8_t *needle, size_t nlen, size_t from) {
	size_t limit, r;
	if (nlen > hlen) {
		return DX_BYTES_NOT_FOUND;
	}
	if (from > hlen - nlen) {
		from = hlen - nlen;
	}
	if (nlen == 0) {
		return from;
	}
	if (nlen <= DX__SHORT_NEEDLE) {
		size_t i = from + 1;
		while (i-- > 0) {
			if (hay[i] == needle[0] && (nlen == 1 || hay[i + 1] == needle[1])) {
				return i;
			}
		}
		return DX_BYTES_NOT_FOUND;
	}
	limit = from + nlen; /* the match must end by here */
	r = dx__two_way_rev(hay, limit, needle, nlen);
	return r == DX_BYTES_NOT_FOUND ? r : limit - r - nlen;
}
