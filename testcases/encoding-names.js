/*
 * Node encoding names: every alias, case-insensitive, used by
 * Buffer.from/toString/byteLength/write/isEncoding; unknown names throw
 * TypeError ERR_UNKNOWN_ENCODING.
 * Expected output: node v26.10.0 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer"]} ---*/
var names = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'ucs-2', 'UCS2', 'utf16le', 'utf-16le', 'UTF-16LE', 'latin1', 'LATIN1',
             'binary', 'BINARY', 'ascii', 'ASCII', 'hex', 'HEX', 'base64', 'BASE64', 'base64url', 'Base64URL',
             'utf16', 'utf-16', 'latin-1', 'base-64', 'utf32', '', 'x', 'utf8 ', ' hex', 'ucs', 'raw', 'raws'];
var s = 'h\u00e9\u20ac';
for (var i = 0; i < names.length; i++) {
    var n = names[i], r = [JSON.stringify(n), Buffer.isEncoding(n)];
    try {
        var b = Buffer.from(s, n);
        r.push(Array.prototype.join.call(b, ','), b.toString(n), Buffer.byteLength(s, n));
    } catch (e) {
        r.push(e.name, e.code, e.message);
    }
    try {
        r.push(Buffer.from([0x68, 0x69]).toString(n));
    } catch (e) {
        r.push(e.name, e.code, e.message, String(e));
    }
    print(r.join(' | '));
}
var odd = [null, 5, true];
for (var i = 0; i < odd.length; i++) {
    try {
        print('toString', String(odd[i]), Buffer.from('hi').toString(odd[i]));
    } catch (e) {
        print('toString', String(odd[i]), e.name, e.code, e.message);
    }
}
try {
    print(Buffer.from('hi').toString({ toString: function () { return 'HEX'; } }));
} catch (e) {
    print(e.name, e.code, e.message);
}

/*===
"utf8" | true | 104,195,169,226,130,172 | hé€ | 6 | hi
"utf-8" | true | 104,195,169,226,130,172 | hé€ | 6 | hi
"UTF8" | true | 104,195,169,226,130,172 | hé€ | 6 | hi
"Utf-8" | true | 104,195,169,226,130,172 | hé€ | 6 | hi
"ucs2" | true | 104,0,233,0,172,32 | hé€ | 6 | 楨
"ucs-2" | true | 104,0,233,0,172,32 | hé€ | 6 | 楨
"UCS2" | true | 104,0,233,0,172,32 | hé€ | 6 | 楨
"utf16le" | true | 104,0,233,0,172,32 | hé€ | 6 | 楨
"utf-16le" | true | 104,0,233,0,172,32 | hé€ | 6 | 楨
"UTF-16LE" | true | 104,0,233,0,172,32 | hé€ | 6 | 楨
"latin1" | true | 104,233,172 | hé¬ | 3 | hi
"LATIN1" | true | 104,233,172 | hé¬ | 3 | hi
"binary" | true | 104,233,172 | hé¬ | 3 | hi
"BINARY" | true | 104,233,172 | hé¬ | 3 | hi
"ascii" | true | 104,233,172 | hi, | 3 | hi
"ASCII" | true | 104,233,172 | hi, | 3 | hi
"hex" | true |  |  | 1 | 6869
"HEX" | true |  |  | 1 | 6869
"base64" | true |  |  | 2 | aGk=
"BASE64" | true |  |  | 2 | aGk=
"base64url" | true |  |  | 2 | aGk
"Base64URL" | true |  |  | 2 | aGk
"utf16" | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: utf16 | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: utf16 | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: utf16
"utf-16" | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: utf-16 | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: utf-16 | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: utf-16
"latin-1" | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: latin-1 | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: latin-1 | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: latin-1
"base-64" | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: base-64 | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: base-64 | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: base-64
"utf32" | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: utf32 | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: utf32 | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: utf32
"" | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding:  | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding:  | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: 
"x" | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: x | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: x | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: x
"utf8 " | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: utf8  | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: utf8  | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: utf8 
" hex" | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding:  hex | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding:  hex | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding:  hex
"ucs" | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: ucs | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: ucs | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: ucs
"raw" | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: raw | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: raw | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: raw
"raws" | false | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: raws | TypeError | ERR_UNKNOWN_ENCODING | Unknown encoding: raws | TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: raws
toString null TypeError ERR_UNKNOWN_ENCODING Unknown encoding: null
toString 5 TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 5
toString true TypeError ERR_UNKNOWN_ENCODING Unknown encoding: true
6869
===*/
