/*
 * dx_base64: base64 codec (dx_base64.h), table driven: 256-entry decoding
 * tables per alphabet and whole 3-byte/4-character groups per step, with a
 * character-at-a-time path only around padding, whitespace and junk.  Builds
 * optimised for size (DUK_EXT_OPTIMIZE_SIZE) keep only the character-at-a-
 * time paths (no 8-byte-load encoder, no whole-group decoder).
 */
#include "duk_ext_config.h"
#include "dx_base64.h"

/* Sextet value + 1 of each character (0: not in the alphabet). */
static const uint8_t dx__dec_std[256] = {
	['A'] = 1, ['B'] = 2, ['C'] = 3, ['D'] = 4, ['E'] = 5, ['F'] = 6, ['G'] = 7, ['H'] = 8, ['I'] = 9,
	['J'] = 10, ['K'] = 11, ['L'] = 12, ['M'] = 13, ['N'] = 14, ['O'] = 15, ['P'] = 16, ['Q'] = 17, ['R'] = 18,
	['S'] = 19, ['T'] = 20, ['U'] = 21, ['V'] = 22, ['W'] = 23, ['X'] = 24, ['Y'] = 25, ['Z'] = 26, ['a'] = 27,
	['b'] = 28, ['c'] = 29, ['d'] = 30, ['e'] = 31, ['f'] = 32, ['g'] = 33, ['h'] = 34, ['i'] = 35, ['j'] = 36,
	['k'] = 37, ['l'] = 38, ['m'] = 39, ['n'] = 40, ['o'] = 41, ['p'] = 42, ['q'] = 43, ['r'] = 44, ['s'] = 45,
	['t'] = 46, ['u'] = 47, ['v'] = 48, ['w'] = 49, ['x'] = 50, ['y'] = 51, ['z'] = 52, ['0'] = 53, ['1'] = 54,
	['2'] = 55, ['3'] = 56, ['4'] = 57, ['5'] = 58, ['6'] = 59, ['7'] = 60, ['8'] = 61, ['9'] = 62, ['+'] = 63,
	['/'] = 64
};
static const uint8_t dx__dec_url[256] = {
	['A'] = 1, ['B'] = 2, ['C'] = 3, ['D'] = 4, ['E'] = 5, ['F'] = 6, ['G'] = 7, ['H'] = 8, ['I'] = 9,
	['J'] = 10, ['K'] = 11, ['L'] = 12, ['M'] = 13, ['N'] = 14, ['O'] = 15, ['P'] = 16, ['Q'] = 17, ['R'] = 18,
	['S'] = 19, ['T'] = 20, ['U'] = 21, ['V'] = 22, ['W'] = 23, ['X'] = 24, ['Y'] = 25, ['Z'] = 26, ['a'] = 27,
	['b'] = 28, ['c'] = 29, ['d'] = 30, ['e'] = 31, ['f'] = 32, ['g'] = 33, ['h'] = 34, ['i'] = 35, ['j'] = 36,
	['k'] = 37, ['l'] = 38, ['m'] = 39, ['n'] = 40, ['o'] = 41, ['p'] = 42, ['q'] = 43, ['r'] = 44, ['s'] = 45,
	['t'] = 46, ['u'] = 47, ['v'] = 48, ['w'] = 49, ['x'] = 50, ['y'] = 51, ['z'] = 52, ['0'] = 53, ['1'] = 54,
	['2'] = 55, ['3'] = 56, ['4'] = 57, ['5'] = 58, ['6'] = 59, ['7'] = 60, ['8'] = 61, ['9'] = 62, ['-'] = 63,
	['_'] = 64
};
static const char dx__enc_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char dx__enc_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

size_t dx_base64_encoded_length(size_t n, int pad) {
	return pad ? (n + 2) / 3 * 4 : n / 3 * 4 + (n % 3 == 0 ? 0 : n % 3 + 1);
}

size_t dx_base64_encode(const uint8_t *src, size_t n, uint8_t *dst, int url, int pad) {
	const char *a = url ? dx__enc_url : dx__enc_std;
	size_t i = 0, o = 0, k;
#if !defined(DUK_EXT_OPTIMIZE_SIZE)
	/* two groups per step from one 8-byte big-endian load (its last 2 bytes
	 * unused; compilers turn the shifts into a load and a byte swap) */
	for (; n - i >= 8; i += 6, o += 8) {
		const uint8_t *p = src + i;
		uint64_t v = ((uint64_t) p[0] << 56) | ((uint64_t) p[1] << 48) | ((uint64_t) p[2] << 40) |
		             ((uint64_t) p[3] << 32) | ((uint64_t) p[4] << 24) | ((uint64_t) p[5] << 16) |
		             ((uint64_t) p[6] << 8) | (uint64_t) p[7];
		dst[o] = (uint8_t) a[v >> 58];
		dst[o + 1] = (uint8_t) a[(v >> 52) & 63];
		dst[o + 2] = (uint8_t) a[(v >> 46) & 63];
		dst[o + 3] = (uint8_t) a[(v >> 40) & 63];
		dst[o + 4] = (uint8_t) a[(v >> 34) & 63];
		dst[o + 5] = (uint8_t) a[(v >> 28) & 63];
		dst[o + 6] = (uint8_t) a[(v >> 22) & 63];
		dst[o + 7] = (uint8_t) a[(v >> 16) & 63];
	}
#endif
	/* up to two groups per step: r bytes give (4r + 2) / 3 characters */
	while (i < n) {
		size_t r = n - i < 6 ? n - i : 6, m = (4 * r + 2) / 3;
		uint64_t v = 0;
		for (k = 0; k < r; k++) {
			v |= (uint64_t) src[i + k] << (56 - 8 * k);
		}
		for (k = 0; k < m; k++) {
			dst[o + k] = (uint8_t) a[(v >> (58 - 6 * k)) & 63];
		}
		i += r;
		o += m;
	}
	while (pad && (o & 3) != 0) {
		dst[o++] = '=';
	}
	return o;
}

#if !defined(DUK_EXT_OPTIMIZE_SIZE)
size_t dx_base64_decode_groups(const uint8_t *t, const uint8_t *s, size_t slen, size_t *i, uint8_t *dst, size_t cap) {
	size_t k = *i, o = 0;
	while (k + 4 <= slen && cap - o >= 3) {
		int32_t a = (int32_t) t[s[k]] - 1, b = (int32_t) t[s[k + 1]] - 1;
		int32_t c = (int32_t) t[s[k + 2]] - 1, d = (int32_t) t[s[k + 3]] - 1;
		uint32_t v;
		if ((a | b | c | d) < 0) {
			break;
		}
		v = ((uint32_t) a << 18) | ((uint32_t) b << 12) | ((uint32_t) c << 6) | (uint32_t) d;
		dst[o] = (uint8_t) (v >> 16);
		dst[o + 1] = (uint8_t) (v >> 8);
		dst[o + 2] = (uint8_t) v;
		o += 3;
		k += 4;
	}
	*i = k;
	return o;
}
#endif

static size_t dx__skip_space(const uint8_t *s, size_t slen, size_t i) {
	while (i < slen && (s[i] == 0x09 || s[i] == 0x0a || s[i] == 0x0c || s[i] == 0x0d || s[i] == 0x20)) {
		i++;
	}
	return i;
}

/* FromBase64 as node v26 (V8) runs it: when the output is full, decoding
 * still reads the next chunk, so errors in it are reported, and stops before
 * that chunk only once it is complete and does not fit. */
int dx_base64_decode_strict(const uint8_t *s, size_t slen, int url, dx_b64_last_chunk last, uint8_t *dst, size_t cap,
                            size_t *read, size_t *written) {
	const uint8_t *t = url ? dx__dec_url : dx__dec_std;
	size_t i = 0, o = 0, done = 0;
	uint32_t chunk = 0, v;
	unsigned clen = 0, k;
	int rc = -1;
	if (cap == 0) {
		rc = 0;
		goto out;
	}
	for (;;) {
#if !defined(DUK_EXT_OPTIMIZE_SIZE)
		if (clen == 0) {
			o += dx_base64_decode_groups(t, s, slen, &i, dst + o, cap - o);
			done = i;
		}
#endif
		i = dx__skip_space(s, slen, i);
		if (i == slen || s[i] == '=') {
			break;
		}
		v = t[s[i++]];
		if (v == 0) {
			goto out;
		}
		chunk = (chunk << 6) | (v - 1);
		if (++clen == 4) {
			if (cap - o < 3) {
				rc = 0; /* a whole chunk that does not fit stays unread */
				goto out;
			}
			dst[o] = (uint8_t) (chunk >> 16);
			dst[o + 1] = (uint8_t) (chunk >> 8);
			dst[o + 2] = (uint8_t) chunk;
			o += 3;
			chunk = 0;
			clen = 0;
			done = i;
		}
	}
	/* the last chunk: clen sextets, then the end or '=' padding */
	if (i < slen) {
		if (clen < 2) {
			goto out;
		}
		i = dx__skip_space(s, slen, i + 1);
		if (clen == 2) {
			if (i == slen) {
				rc = last == DX_B64_STOP_BEFORE_PARTIAL ? 0 : -1; /* "xx=" */
				goto out;
			}
			if (s[i] == '=') {
				i = dx__skip_space(s, slen, i + 1);
			}
		}
		if (i < slen) {
			goto out;
		}
		if (last == DX_B64_STRICT) {
			last = DX_B64_LOOSE; /* padded: only the unused bits are checked */
			if ((chunk << (6 * (4 - clen))) & (0xffffu >> (8 * (clen - 2)))) {
				goto out;
			}
		}
	} else if (clen == 0 || last == DX_B64_STOP_BEFORE_PARTIAL) {
		/* nothing left, or the partial chunk stays unread */
		done = clen == 0 ? slen : done;
		rc = 0;
		goto out;
	}
	if (clen == 1 || last == DX_B64_STRICT) {
		goto out;
	}
	rc = 0;
	if (clen - 1 <= cap - o) {
		chunk <<= 6 * (4 - clen);
		for (k = 0; k < clen - 1; k++) {
			dst[o++] = (uint8_t) (chunk >> (16 - 8 * k));
		}
		done = slen;
	}
out:
	*read = done;
	*written = o;
	return rc;
}
