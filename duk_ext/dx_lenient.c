/*
 * dx_lenient: Node's forgiving base64 and hex decoders (dx_lenient.h).  Runs
 * of whole groups (pairs) of ASCII go through the fast loops of dx_base64 and
 * dx_hex (base64: not in builds optimised for size, DUK_EXT_OPTIMIZE_SIZE);
 * the rest is read one UTF-16 code unit at a time.
 */
#include "duk_ext_config.h"
#include "dx_base64.h"
#include "dx_hex.h"
#include "dx_lenient.h"
#include "dx_xutf8.h"

#define DX__NO 0xff
#define DX__NOT_SEXTET 0xc0 /* bits of DX__NO above any sextet */

/* Sextet of each character of either alphabet, DX__NO for the rest. */
static const uint8_t dx__dec_any[256] = DX_BASE64_DECODE_TABLE(DX__NO, 0, 0);

size_t dx_base64_lenient_length(const uint8_t *s, size_t slen, size_t chars) {
	if (slen > 0 && s[slen - 1] == '=') {
		slen--;
		chars--;
	}
	if (slen > 1 && s[slen - 1] == '=') {
		chars--;
	}
	return chars / 4 * 3 + (chars % 4) * 3 / 4;
}

size_t dx_base64_decode_lenient(const uint8_t *s, size_t slen, uint8_t *dst, size_t cap) {
	dx_xutf8_units it;
	uint32_t unit, v, prev = 0;
	unsigned have = 0; /* sextets seen of the current group */
	size_t o = 0;
	dx_xutf8_units_init(&it, s, slen);
	while (o < cap) {
#if !defined(DUK_EXT_OPTIMIZE_SIZE)
		if (have == 0 && it.low == 0) {
			/* (if that fills dst, the character below writes nothing) */
			size_t i = (size_t) (it.p - s);
			o += dx_base64_decode_groups(dx__dec_any, DX__NOT_SEXTET, s, slen, &i, dst + o, cap - o);
			it.p = s + i;
		}
#endif
		if (!dx_xutf8_next_unit(&it, &unit)) {
			break;
		}
		v = dx__dec_any[unit & 0xff];
		if (v == DX__NO) {
			if ((unit & 0xff) == '=') {
				break;
			}
			continue;
		}
		if (have != 0) {
			dst[o++] = (uint8_t) ((prev << (2 * have)) | (v >> (6 - 2 * have)));
		}
		prev = v;
		have = (have + 1) & 3;
	}
	return o;
}

size_t dx_hex_decode_lenient(const uint8_t *s, size_t slen, uint8_t *dst, size_t cap) {
	dx_xutf8_units it;
	uint32_t hi, lo;
	uint8_t pair[2];
	size_t o = 0, read, n;
	dx_xutf8_units_init(&it, s, slen);
	while (o < cap) {
		if (it.low == 0) {
			(void) dx_hex_decode_strict(it.p, (size_t) (it.end - it.p), dst + o, cap - o, &read, &n);
			it.p += read;
			o += n;
		}
		if (o == cap || !dx_xutf8_next_unit(&it, &hi) || !dx_xutf8_next_unit(&it, &lo)) {
			break;
		}
		pair[0] = (uint8_t) hi;
		pair[1] = (uint8_t) lo;
		if (dx_hex_decode_strict(pair, 2, dst + o, 1, &read, &n) != 0) {
			break;
		}
		o++;
	}
	return o;
}
