/*
 *  ObjectBuffer.decodeRX: the RX text format of the npm package
 *  @creationix/rx (0.9.1).  Each CASES row is [name, RX text, JSON text]:
 *  the RX text was produced in node v26 by the package's stringify() from
 *  the value that JSON.parse(JSON text) gives, so decodeRX(rx) must deep-equal
 *  JSON.parse(json) (the issue's criterion; the rows cover pointers, shared
 *  schemas, chains, indexes, decimals and UTF-8; the package keeps 14 or 15
 *  significant digits of non-integers, so the decimals row avoids longer
 *  ones).  The literal and error
 *  lines follow the format's README/docs (refs 't 'f 'n 'u 'inf 'nif 'nan;
 *  malformed text is a SyntaxError).  Expected output: node v26.10.0 for the
 *  RX texts, the format description for the rest.
 */
/*--- {"features": ["objectbuffer_rx", "nodebuffer"]} ---*/

/*===
integers true
decimals true
strings true
literals true
containers true
objects true
pointers true
schemas true
chains true
indexed object true
indexed array true
true true true true true true true
bytes true
SyntaxError SyntaxError SyntaxError SyntaxError SyntaxError SyntaxError
index left of the body SyntaxError true SyntaxError true
child past its container SyntaxError true
RangeError RangeError
fuzz true
===*/

var CASES = [
    ["integers", "+________-+400001+eJVEG+vg+7_+1k+1+2+;B", "[0,1,-1,42,-256,1000,123456789,-2147483649,9007199254740991]"],
    ["decimals", "+Yi0*5+O*f+2*1+3wHc-Etq-*az+2*9o+2*c+9*1+9Q*3;J", "[3.14,-0.5,1000000,1e+300,5e-324,0.1,2.5e-7,123.456]"],
    ["strings", "quote\"back\\slash,gline\nbreak,a🎉 party,a中文,6café,5hi,2,;-", "[\"\",\"hi\",\"café\",\"中文\",\"🎉 party\",\"line\\nbreak\",\"quote\\\"back\\\\slash\"]"],
    ["literals", "'n'f't;6", "[true,false,null]"],
    ["containers", ":c,1:4b,1:9a,1:e+6;2+4;6+2;a;c:;;w", "[[],{},[[1,[2,[3]]]],{\"a\":{\"b\":{\"c\":{}}}}]"],
    ["objects", "empty key,9,+2with space,a+6version,7bob,3alice,5;cusers,5:W", "{\"users\":[\"alice\",\"bob\"],\"version\":3,\"with space\":1,\"\":\"empty key\"}"],
    ["pointers", "word,4salad,5:d^2^4^d^8^h;p", "[\"word\",\"salad\",\"word\",\"salad\",\"salad\",{\"salad\":\"word\"}]"],
    ["schemas", "banana,6apple,5;ffruits,6yellow,6color,5:Echerry,6^z;ared,3^h:j+cm,1+aa,1+8z,1:f+6+4+2^6:8;1q", "[{\"z\":1,\"a\":2,\"m\":3},{\"z\":4,\"a\":5,\"m\":6},{\"color\":\"red\",\"fruits\":[\"apple\",\"cherry\"]},{\"color\":\"yellow\",\"fruits\":[\"apple\",\"banana\"]}]"],
    ["chains", "www.example.com.some.long.other.name,A.host.name,a.long,5www.example.com.some,k.t.H/documentation/encoding/rx-format.md,A/getting-started/install.html,t/documentation,e.L/intro.html,b/getting-started,g.v^z.z;3f", "[\"/documentation/getting-started/intro.html\",\"/documentation/getting-started/install.html\",\"/documentation/encoding/rx-format.md\",\"www.example.com.some.long.host.name\",\"www.example.com.some.long.other.name\"]"],
    ["indexed object", "+ii*1key33,5+1Okey26,5+hm*1key19,5+1Ikey12,5+gq*1key5,4+1Ckey38,5+fu*1key31,5+1wkey24,5+ey*1key17,5+1qkey10,5+dC*1key3,4+1kkey36,5+cG*1key29,5+1ekey22,5+bK*1key15,5+18key8,4+aO*1key1,4+12key34,5+9S*1key27,5+Ykey20,5+8W*1key13,5+Skey6,4+7-*1key39,5+Mkey32,5+72*1key25,5+Gkey18,5+66*1key11,5+Akey4,4+5a*1key37,5+ukey30,5+4e*1key23,5+okey16,5+3i*1key9,4+ikey2,4+2m*1key35,5+ckey28,5+1q*1key21,5+6key14,5+u*1key7,4+key0,4003F4Q205R2-0h3Z1e4-2c5_0X3a0q491n5a2l6b3j0C4j4F1z5k2x6l3v0L4v1I5w2G1U5G2S073Q13#51:7Q", "{\"key0\":0,\"key7\":1.5,\"key14\":3,\"key21\":4.5,\"key28\":6,\"key35\":7.5,\"key2\":9,\"key9\":10.5,\"key16\":12,\"key23\":13.5,\"key30\":15,\"key37\":16.5,\"key4\":18,\"key11\":19.5,\"key18\":21,\"key25\":22.5,\"key32\":24,\"key39\":25.5,\"key6\":27,\"key13\":28.5,\"key20\":30,\"key27\":31.5,\"key34\":33,\"key1\":34.5,\"key8\":36,\"key15\":37.5,\"key22\":39,\"key29\":40.5,\"key36\":42,\"key3\":43.5,\"key10\":45,\"key17\":46.5,\"key24\":48,\"key31\":49.5,\"key38\":51,\"key5\":52.5,\"key12\":54,\"key19\":55.5,\"key26\":57,\"key33\":58.5}"],
    ["indexed array", "+1yword,4+1u+1s^6+1o+1m^e+1i+1g^m+1c+1a^u+16+14^C+10+-^J+W+U^P+Q+O^V+K+I^_+E+C^15+y+w^1c+s+q^1j+m+k^1q+g+e^1x+a+8^1E+4+2^1L000305070a0c0e0h0j0l0o0q0s0v0x0z0C0E0G0J0L0N0P0R0T0V0X0Z0_111315171a1c1f1i1k1n1q1s1v1y1A1D1G1I1L1O1U#6h;3y", "[\"word\",1,2,\"word\",4,5,\"word\",7,8,\"word\",10,11,\"word\",13,14,\"word\",16,17,\"word\",19,20,\"word\",22,23,\"word\",25,26,\"word\",28,29,\"word\",31,32,\"word\",34,35,\"word\",37,38,\"word\",40,41,\"word\",43,44,\"word\",46,47,\"word\",49]"],
];

function deepEqual(a, b) {
    var i, ka, kb;
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
        return a === b ? (a !== 0 || 1 / a === 1 / b) : (a !== a && b !== b);
    }
    if (Array.isArray(a) !== Array.isArray(b)) { return false; }
    ka = Object.keys(a);
    kb = Object.keys(b);
    if (ka.join('\u0000') !== kb.join('\u0000')) { return false; }
    for (i = 0; i < ka.length; i++) { if (!deepEqual(a[ka[i]], b[ka[i]])) { return false; } }
    return true;
}

var i;
for (i = 0; i < CASES.length; i++) {
    print(CASES[i][0], deepEqual(ObjectBuffer.decodeRX(CASES[i][1]), JSON.parse(CASES[i][2])));
}

var lit = ObjectBuffer.decodeRX("'u'nan'nif'inf'n'f't;k");
print(lit[0] === true, lit[1] === false, lit[2] === null, lit[3] === Infinity, lit[4] === -Infinity, lit[5] !== lit[5], lit.length === 7 && lit[6] === undefined);

/* the same text as UTF-8 bytes */
var bytes = new Uint8Array([0x2b, 0x32, 0x68, 0x69, 0x2c, 0x32, 0x3b, 0x36]); /* +2hi,2;6 -> ["hi", 1] */
var fromBytes = ObjectBuffer.decodeRX(bytes);
print('bytes', fromBytes.length === 2 && fromBytes[0] === 'hi' && fromBytes[1] === 1);

function errName(text) {
    try { ObjectBuffer.decodeRX(text); return 'no error'; } catch (e) { return e.name; }
}
print(errName(''), errName('abc'), errName('ab,5'), errName('^z'), errName('+2;9'), errName(new Uint8Array([0xff, 0x2c, 0x31])));

/* an index tag found left of its array's body (the tag search runs over
 * the body's left end): a SyntaxError at a byte inside the text */
function errAt(text) {
    try { ObjectBuffer.decodeRX(text); return 'no error'; } catch (e) {
        return e.name + ' ' + (Number(/at byte (\d+)$/.exec(e.message)[1]) < text.length);
    }
}
print('index left of the body', errAt('#0a;1'), errAt(':cc,1/:b5,4:9a,2:e#6inf;2+4;7+2;6;6+2c:;2;;;;a;c:;w;w'));
/* a child that runs past its container's start (the array's length 5 leaves
 * out the '+' of its first element): its bytes would be read again by the
 * parent, which nesting repeats exponentially */
print('child past its container', errAt('+2hi,2;5'));

/* nesting bomb: 2000 arrays in arrays; chain bomb: each chain doubles the one before */
function b64(n) {
    var d = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_', s = '';
    while (n > 0) { s = d.charAt(n % 64) + s; n = Math.floor(n / 64); }
    return s;
}
var nest = '', k;
for (k = 0; k < 2000; k++) { nest = nest + ';' + b64(nest.length); }
var chain = 'ab,2';
for (k = 0; k < 40; k++) { chain = chain + '^^1.3'; }
print(errName(nest), errName(chain));

/* seeded mutations of every sample: each decodes or throws SyntaxError or
 * RangeError (never anything else, never a crash) */
var seed = 4242, fuzzOk = true, alphabet = "+*,':;^.#0123456789azAZ-_[]{}";
function rand(n) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
}
for (k = 0; k < 3000; k++) {
    var text = CASES[k % CASES.length][1], pos = rand(text.length), name;
    text = text.substring(0, pos) + alphabet.charAt(rand(alphabet.length)) + text.substring(pos + 1);
    name = errName(text);
    if (name !== 'no error' && name !== 'SyntaxError' && name !== 'RangeError') { fuzzOk = false; print(name, text); }
}
print('fuzz', fuzzOk);
