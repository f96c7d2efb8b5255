/*
 * Hostile object-buffer bytes found by testcases/fuzz/fuzz_objbuf.c: an
 * OBJECT whose keys field points at an OBJECT (itself, or a pair pointing at
 * each other) made the cursor recurse until the stack overflowed.  Expected
 * output from duk_ext/objbuf_format.md: malformed bytes are an error (the
 * binding's TypeError with the byte offset), never a crash.
 */
/*--- {"features": ["objectbuffer_reader", "objectbuffer_open"]} ---*/
/*===
self TypeError number
pair TypeError number
pair TypeError number
pair TypeError number
===*/
function hdr(end, root) {
    return [0x44, 0x58, 0x4f, 0x42, 1, 0, 0, 0, end, 0, 0, 0, root, 0, 0, 0];
}
function attempt(name, bytes, how) {
    try {
        ObjectBuffer[how](new Uint8Array(bytes));
        print(name, 'accepted');
    } catch (e) {
        print(name, e.name, typeof e.offset);
    }
}
attempt('self', hdr(21, 16).concat([0x12, 16, 0, 0, 0]), 'verify');
var pair = hdr(26, 16).concat([0x12, 21, 0, 0, 0, 0x12, 16, 0, 0, 0]);
attempt('pair', pair, 'verify');
attempt('pair', pair, 'decode');
attempt('pair', pair, 'open');
