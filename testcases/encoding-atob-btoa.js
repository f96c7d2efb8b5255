/*
 * Global atob/btoa (WHATWG forgiving-base64 with Node's checks): whitespace,
 * padding rules, invalid characters, characters above U+00FF, coercion,
 * missing argument.  Errors print name and code (Node throws a DOMException
 * InvalidCharacterError, code 5; dukext an Error with that name and code).
 * Expected output: node v26.10.0 (tools/expect_from_node.py).
 */
/*--- {"features": ["encoding"]} ---*/
function units(s) {
    var r = [];
    for (var i = 0; i < s.length; i++) {
        r.push(s.charCodeAt(i).toString(16));
    }
    return '[' + r.join(' ') + ']';
}
function E(label, f) {
    try {
        var v = f();
        print(label, typeof v, typeof v === 'string' ? units(v) : v);
    } catch (e) {
        print(label, e.name, e.code, e.message);
    }
}
var inputs = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zg', 'Zm8', 'Z', 'Zm9vY', 'Zh==', 'Zg=', 'Zg===', '=', 'Zm9v=', ' Z g = = ',
              'Zm\t9\nv\fY\rm', 'Zg==Zg==', 'Zm9v\u00a0', '+/+/', '-_-_', 'Zm9v!', 'Zm9vYg=x', '\u00e9Zg==', 'Zg=\u00e9',
              'ab=c', 'a=bc', 'ab==', 'abc=', 'ab=', 'abcde', 'abcdef', 'Zm9v\u000b', '////', 'AAAA'];
for (var i = 0; i < inputs.length; i++) {
    E('atob ' + JSON.stringify(inputs[i]), function () { return atob(inputs[i]); });
}
E('atob()', function () { return atob(); });
E('atob(undefined)', function () { return atob(undefined); });
E('atob(null)', function () { return atob(null); });
E('atob(1234)', function () { return atob(1234); });
E('atob(obj)', function () { return atob({ toString: function () { return 'aGk='; } }); });
var plain = ['', 'f', 'fo', 'foo', 'hello world', '\u00e9\u00ff\u0000', '\u0100', '\u20ac', '\ud83d\ude00', 'a\u00ffb'];
for (var i = 0; i < plain.length; i++) {
    E('btoa ' + units(plain[i]), function () { return btoa(plain[i]); });
}
E('btoa()', function () { return btoa(); });
E('btoa(undefined)', function () { return btoa(undefined); });
E('btoa(null)', function () { return btoa(null); });
E('btoa(12)', function () { return btoa(12); });
var all = '';
for (var c = 0; c < 256; c++) {
    all += String.fromCharCode(c);
}
E('round trip', function () { return atob(btoa(all)) === all; });
print(typeof atob, typeof btoa, atob.length, btoa.length);

/*===
atob "" string []
atob "Zg==" string [66]
atob "Zm8=" string [66 6f]
atob "Zm9v" string [66 6f 6f]
atob "Zg" string [66]
atob "Zm8" string [66 6f]
atob "Z" InvalidCharacterError 5 The string to be decoded is not correctly encoded.
atob "Zm9vY" InvalidCharacterError 5 The string to be decoded is not correctly encoded.
atob "Zh==" string [66]
atob "Zg=" InvalidCharacterError 5 Invalid character
atob "Zg===" InvalidCharacterError 5 Invalid character
atob "=" InvalidCharacterError 5 Invalid character
atob "Zm9v=" InvalidCharacterError 5 Invalid character
atob " Z g = = " string [66]
atob "Zm\t9\nv\fY\rm" string [66 6f 6f 62]
atob "Zg==Zg==" InvalidCharacterError 5 Invalid character
atob "Zm9v " InvalidCharacterError 5 Invalid character
atob "+/+/" string [fb ff bf]
atob "-_-_" InvalidCharacterError 5 Invalid character
atob "Zm9v!" InvalidCharacterError 5 Invalid character
atob "Zm9vYg=x" InvalidCharacterError 5 Invalid character
atob "éZg==" InvalidCharacterError 5 Invalid character
atob "Zg=é" InvalidCharacterError 5 Invalid character
atob "ab=c" InvalidCharacterError 5 Invalid character
atob "a=bc" InvalidCharacterError 5 Invalid character
atob "ab==" string [69]
atob "abc=" string [69 b7]
atob "ab=" InvalidCharacterError 5 Invalid character
atob "abcde" InvalidCharacterError 5 The string to be decoded is not correctly encoded.
atob "abcdef" string [69 b7 1d 79]
atob "Zm9v\u000b" InvalidCharacterError 5 Invalid character
atob "////" string [ff ff ff]
atob "AAAA" string [0 0 0]
atob() TypeError ERR_MISSING_ARGS The "input" argument must be specified
atob(undefined) InvalidCharacterError 5 The string to be decoded is not correctly encoded.
atob(null) string [9e e9 65]
atob(1234) string [d7 6d f8]
atob(obj) string [68 69]
btoa [] string []
btoa [66] string [5a 67 3d 3d]
btoa [66 6f] string [5a 6d 38 3d]
btoa [66 6f 6f] string [5a 6d 39 76]
btoa [68 65 6c 6c 6f 20 77 6f 72 6c 64] string [61 47 56 73 62 47 38 67 64 32 39 79 62 47 51 3d]
btoa [e9 ff 0] string [36 66 38 41]
btoa [100] InvalidCharacterError 5 Invalid character
btoa [20ac] InvalidCharacterError 5 Invalid character
btoa [d83d de00] InvalidCharacterError 5 Invalid character
btoa [61 ff 62] string [59 66 39 69]
btoa() TypeError ERR_MISSING_ARGS The "input" argument must be specified
btoa(undefined) string [64 57 35 6b 5a 57 5a 70 62 6d 56 6b]
btoa(null) string [62 6e 56 73 62 41 3d 3d]
btoa(12) string [4d 54 49 3d]
round trip boolean true
function function 1 1
===*/
