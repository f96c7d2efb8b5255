/*
 * CommonJS require(): built-in 'buffer' (and 'node:buffer'), relative files
 * with and without suffixes, folder index.js, JSON, module.exports vs
 * exports, caching, cycles with partial exports, errors during load, and
 * missing modules.  Fixtures in require-fixtures/.
 * Expected output: node v26.10.0 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer", "require"]} ---*/
function t(label, f) {
    try { print(label, JSON.stringify(f())); } catch (e) { print(label, 'threw', e.name, e.code); }
}
t('buffer', function () { var m = require('buffer'); return [m.Buffer === Buffer, require('node:buffer') === m, m.INSPECT_MAX_BYTES, typeof m.kMaxLength, typeof m.constants.MAX_LENGTH, typeof m.constants.MAX_STRING_LENGTH, m.kMaxLength === m.constants.MAX_LENGTH, typeof m.kStringMaxLength]; });
t('buffer fns', function () { var m = require('buffer'); return [typeof m.atob, typeof m.btoa, typeof m.isUtf8, typeof m.isAscii, typeof m.transcode]; });
t('cycle', function () { var a = require('./require-fixtures/a.js'); return [a.done, a.fromB]; });
t('cycle b', function () { return require('./require-fixtures/b.js'); });
t('cache', function () { var f = require('./require-fixtures/counter.js'); require('./require-fixtures/counter'); require('./require-fixtures/../require-fixtures/counter.js'); return [f(), require('./require-fixtures/counter.js') === f]; });
t('folder', function () { return require('./require-fixtures/lib'); });
t('no suffix', function () { return require('./require-fixtures/sub/helper'); });
t('paths', function () { return require('./require-fixtures/sub/paths.js'); });
t('json', function () { return require('./require-fixtures/data.json'); });
t('json no suffix', function () { return require('./require-fixtures/data').answer; });
t('throws', function () { try { require('./require-fixtures/throws.js'); } catch (e) { print('first', e.message); } return require('./require-fixtures/throws.js'); });
t('use buffer', function () { return require('./require-fixtures/usebuffer.js'); });
t('missing', function () { return require('./require-fixtures/nope.js'); });
t('missing builtin', function () { return require('no-such-module'); });
t('bad id', function () { return require(5); });
t('empty id', function () { return require(''); });

/*===
buffer [true,true,50,"number","number","number",true,"number"]
buffer fns ["function","function","function","function","function"]
cycle [true,"true:false"]
cycle b {"done":true,"sawADone":false}
cache [1,true]
folder {"name":"lib","helper":"helper","dir":"string","file":"string"}
no suffix {"name":"helper","same":true}
paths [true,true,true,true]
json {"answer":42,"list":[1,2]}
json no suffix 42
first boom 1
throws threw Error undefined
use buffer "757365"
missing threw Error MODULE_NOT_FOUND
missing builtin threw Error MODULE_NOT_FOUND
bad id threw TypeError ERR_INVALID_ARG_TYPE
empty id threw TypeError ERR_INVALID_ARG_VALUE
===*/
