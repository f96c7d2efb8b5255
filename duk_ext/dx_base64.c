/*
 * dx_base64: base64 codec (dx_base64.h), table driven: one 256-entry
 * decoding table for both alphabets and whole 3-byte/4-character groups per
 * step, with a character-at-a-time path only around padding, whitespace and
 * junk.  Builds optimised for size (DUK_EXT_OPTIMIZE_SIZE) keep only the
 * character-at-a-time paths (no 8-byte-load encoder, no whole-group decoder).
 */
#include "duk_ext_config.h"
#include "dx_base64.h"

/* Flag bits of dx__dec: set for the characters not in that alphabet. */
#define DX__NOT_URL 0x40 /* '+' and '/' */
#define DX__NOT_STD 0x80 /* '-' and '_' */
#define DX__NOT(url) ((url) ? DX__NOT_URL : DX__NOT_STD)
#define DX__NO 0xff /* in neither alphabet */

/* Sextet of each character of either alphabet with its DX__NOT_* bit, DX__NO
 * for the rest (both flags).  One table for both alphabets. */
static const uint8_t dx__dec[256] = DX_BASE64_DECODE_TABLE(DX__NO, DX__NOT_URL, DX__NOT_STD);
static const char dx__enc_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char dx__enc_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

size_t dx_base64_encoded_length(size_t n, int pad) {
	/* without padding, 2 or 1 characters less when n % 3 is 1 or 2 */
	return (n + 2) / 3 * 4 - (pad ? 0 : 2 - (n + 2) % 3);
}

size_t dx_base64_encode(const uint8_t *src, size_t n, uint8_t *dst, int url, int pad) {
	const char *a = url ? dx__enc_url : dx__enc_std;
	size_t i = 0, o = 0;
	uint32_t v = 0;
	unsigned bits = 0;
#if !defined(DUK_EXT_OPTIMIZE_SIZE)
	/* two groups per step from one 8-byte big-endian load (its last 2 bytes
	 * unused; compilers turn the shifts into a load and a byte swap) */
	for (; n - i >= 8; i += 6, o += 8) {
		const uint8_t *p = src + i;
		uint64_t w = ((uint64_t) p[0] << 56) | ((uint64_t) p[1] << 48) | ((uint64_t) p[2] << 40) |
		             ((uint64_t) p[3] << 32) | ((uint64_t) p[4] << 24) | ((uint64_t) p[5] << 16) |
		             ((uint64_t) p[6] << 8) | (uint64_t) p[7];
		dst[o] = (uint8_t) a[w >> 58];
		dst[o + 1] = (uint8_t) a[(w >> 52) & 63];
		dst[o + 2] = (uint8_t) a[(w >> 46) & 63];
		dst[o + 3] = (uint8_t) a[(w >> 40) & 63];
		dst[o + 4] = (uint8_t) a[(w >> 34) & 63];
		dst[o + 5] = (uint8_t) a[(w >> 28) & 63];
		dst[o + 6] = (uint8_t) a[(w >> 22) & 63];
		dst[o + 7] = (uint8_t) a[(w >> 16) & 63];
	}
#endif
	/* the rest a byte at a time: bits of v not yet written */
	for (; i < n; i++) {
		v = (v << 8) | src[i];
		for (bits += 8; bits >= 6; bits -= 6) {
			dst[o++] = (uint8_t) a[(v >> (bits - 6)) & 63];
		}
	}
	if (bits != 0) {
		dst[o++] = (uint8_t) a[(v << (6 - bits)) & 63];
	}
	while (pad && (o & 3) != 0) {
		dst[o++] = '=';
	}
	return o;
}

#if !defined(DUK_EXT_OPTIMIZE_SIZE)
size_t dx_base64_decode_groups(const uint8_t *t, unsigned bad, const uint8_t *s, size_t slen, size_t *i, uint8_t *dst,
                               size_t cap) {
	size_t k = *i, o = 0, groups = (slen - k) / 4;
	if (groups > cap / 3) {
		groups = cap / 3;
	}
	for (; groups != 0; groups--) {
		uint32_t a = t[s[k]], b = t[s[k + 1]], c = t[s[k + 2]], d = t[s[k + 3]], v;
		if (((a | b | c | d) & bad) != 0) {
			break;
		}
		/* (a's flag bits land above the 3 bytes) */
		v = (a << 18) | ((b & 63) << 12) | ((c & 63) << 6) | (d & 63);
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
 * that chunk only once it is complete and does not fit.  Each chunk, the
 * last one too, ends at the flush below. */
int dx_base64_decode_strict(const uint8_t *s, size_t slen, int url, dx_b64_last_chunk last, uint8_t *dst, size_t cap,
                            size_t *read, size_t *written) {
	unsigned bad = DX__NOT(url), clen = 0, n, k;
	size_t i = 0, o = 0, done = 0;
	uint32_t chunk = 0, v;
	int rc = -1;
	if (cap == 0) {
		goto stop;
	}
	for (;;) {
#if !defined(DUK_EXT_OPTIMIZE_SIZE)
		if (clen == 0) {
			o += dx_base64_decode_groups(dx__dec, bad, s, slen, &i, dst + o, cap - o);
			done = i;
		}
#endif
		i = dx__skip_space(s, slen, i);
		if (i < slen && s[i] != '=') {
			v = dx__dec[s[i++]];
			if ((v & bad) != 0) {
				goto out;
			}
			chunk = (chunk << 6) | (v & 63);
			if (++clen < 4) {
				continue;
			}
		} else {
			/* the last chunk: clen sextets, then the end or '=' padding */
			if (i < slen) {
				if (clen < 2) {
					goto out;
				}
				i = dx__skip_space(s, slen, i + 1);
				if (clen == 2) {
					if (i == slen) {
						if (last == DX_B64_STOP_BEFORE_PARTIAL) {
							goto stop; /* "xx=" */
						}
						goto out;
					}
					if (s[i] == '=') {
						i = dx__skip_space(s, slen, i + 1);
					}
				}
				if (i < slen) {
					goto out;
				}
			} else if (clen != 0) {
				if (last == DX_B64_STOP_BEFORE_PARTIAL) {
					goto stop; /* the partial chunk stays unread */
				}
				if (clen == 1 || last == DX_B64_STRICT) {
					goto out;
				}
			}
		}
		/* clen sextets give n bytes (a padded chunk in strict mode: only if
		 * the bits left over are 0); a chunk that does not fit stays unread */
		n = 3 * clen / 4;
		chunk <<= 6 * (4 - clen);
		if (last == DX_B64_STRICT && (chunk & (0xffffffu >> (8 * n))) != 0) {
			goto out;
		}
		if (n > cap - o) {
			goto stop;
		}
		for (k = 0; k < n; k++) {
			dst[o++] = (uint8_t) (chunk >> (16 - 8 * k));
		}
		done = i;
		if (i == slen) {
			goto stop; /* the last chunk, or a whole one at the end */
		}
		chunk = 0;
		clen = 0;
	}
stop:
	rc = 0;
out:
	*read = done;
	*written = o;
	return rc;
}
