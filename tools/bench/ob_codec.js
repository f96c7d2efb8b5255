// Whole-document codecs on a simdjson jsonexamples file (P.json, its text): P.codec is
// objectbuffer (ObjectBuffer.encode with dedup, shared layouts and its default key indexes; ObjectBuffer.decode),
// cbor (Duktape's CBOR.encode / CBOR.decode) or json (JSON.stringify / JSON.parse);
// P.dir is encode, decode or size (encoded bytes, a value rather than a time; CBOR.encode
// returns an ArrayBuffer, ObjectBuffer.encode a Uint8Array: both have byteLength).
var value = JSON.parse(P.json), bytes = null, codec = null;
var codecs = {
	objectbuffer: {
		need: function () { return typeof ObjectBuffer === 'object' ? benchNeeds(ObjectBuffer, 'ObjectBuffer', ['encode', 'decode']) : 'no ObjectBuffer'; },
		encode: function (v) { return ObjectBuffer.encode(v, { dedup: true, sharedLayouts: true }); },
		decode: function (b) { return ObjectBuffer.decode(b); }
	},
	cbor: {
		need: function () { return typeof CBOR === 'object' ? true : 'no CBOR'; },
		encode: function (v) { return CBOR.encode(v); },
		decode: function (b) { return CBOR.decode(b); }
	},
	json: {
		need: function () { return true; },
		encode: function (v) { return JSON.stringify(v); },
		decode: function (t) { return JSON.parse(t); }
	}
};
bench({
	check: function () {
		codec = codecs[P.codec];
		var ok = codec.need();
		if (ok === true) {
			bytes = P.codec === 'json' ? P.json : codec.encode(value);
		}
		return ok;
	},
	unit: 'B',
	value: P.dir === 'size' ? function () { return bytes.byteLength; } : null,
	op: P.dir === 'encode' ? function () { return codec.encode(value); } : function () { return codec.decode(bytes); }
});
