/*
 * Encoding to strings reuses a kept scratch buffer (bindings/binding_util.c):
 * large and small encodes in turn, every encoder sharing it (Buffer
 * toString hex/base64/base64url/latin1/utf8/utf16le, Uint8Array toBase64 /
 * toHex, btoa, TextDecoder), and a slice of a typed array whose bytes are
 * written once.  Each result is checked by length and a checksum of its
 * characters, so a byte left over from an earlier, larger use would show.
 * Expected output: node v26 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer", "base64hex", "encoding"]} ---*/
function sum(s) {
    var h = 0;
    for (var i = 0; i < s.length; i++) {
        h = (h * 31 + s.charCodeAt(i)) % 1000000007;
    }
    return s.length + ':' + h;
}
function bytes(n, seed) {
    var b = Buffer.alloc(n);
    for (var i = 0; i < n; i++) {
        b[i] = (i * 131 + seed * 17 + (i >> 7)) & 255;
    }
    return b;
}
var sizes = [200000, 5, 70000, 0, 1, 131072, 2, 9, 300001, 3];
sizes.forEach(function (n, k) {
    var b = bytes(n, k), u = new Uint8Array(b);
    print(n, sum(b.toString('hex')), sum(b.toString('base64')), sum(b.toString('base64url')),
          sum(b.toString('latin1')), sum(b.toString('utf8')), sum(b.toString('utf16le')));
    print(n, sum(u.toBase64()), sum(u.toBase64({ alphabet: 'base64url', omitPadding: true })), sum(u.toHex()),
          sum(btoa(b.toString('latin1'))), sum(new TextDecoder('utf-8').decode(u)));
    var s = u.slice(1, n - 1);
    print(n, s.length, sum(Buffer.from(s.buffer, s.byteOffset, s.length).toString('hex')));
});

/*===
200000 400000:663977310 266668:409523348 266667:982549622 200000:9148739 200000:10623449 100000:486201754
200000 266668:409523348 266667:982549622 400000:663977310 266668:409523348 200000:10623449
200000 199998 399996:717087079
5 10:961945568 8:649270880 7:891911968 5:20135831 5:970047108 2:1214502
5 8:649270880 7:891911968 10:961945568 8:649270880 5:970047108
5 3 6:681399170
70000 140000:823769705 93336:975769117 93334:620745854 70000:233241744 70000:832169975 35000:356480858
70000 93336:975769117 93334:620745854 140000:823769705 93336:975769117 70000:832169975
70000 69998 139996:70962138
0 0:0 0:0 0:0 0:0 0:0 0:0
0 0:0 0:0 0:0 0:0 0:0
0 0 0:0
1 2:1664 4:2507279 2:2607 1:68 1:68 0:0
1 4:2507279 2:2607 2:1664 4:2507279 1:68
1 0 0:0
131072 262144:361492438 174764:393236993 174763:78297392 131072:217812845 131072:552269629 65536:477658117
131072 174764:393236993 174763:78297392 262144:361492438 174764:393236993 131072:552269629
131072 131070 262140:736458075
2 4:1663796 4:2797005 3:90224 2:3395 2:68695 1:59750
2 4:2797005 3:90224 4:1663796 4:2797005 2:68695
2 0 0:0
9 18:144671956 12:903946953 12:403630295 9:245476142 9:682942781 4:910344133
9 12:903946953 12:403630295 18:144671956 12:903946953 9:682942781
9 7 14:596252758
300001 600002:44836177 400004:657898417 400002:366335263 300001:833055890 300001:237778013 150000:917867656
300001 400004:657898417 400002:366335263 600002:44836177 400004:657898417 300001:237778013
300001 299999 599998:844825655
3 6:686059064 4:3329874 4:3329874 3:148060 3:63043614 1:7321
3 4:3329874 4:3329874 6:686059064 4:3329874 3:63043614
3 1 2:1618
===*/
