/*
 * require('objectbuffer') is the ObjectBuffer global (issue 5: a global like
 * CBOR plus a CommonJS module), and the node: prefix is not a module of node's.
 * Expected output: from the definition of the module.
 */
/*--- {"features": ["objectbuffer_reader", "require"]} ---*/
var ob = require('objectbuffer');
print(ob === ObjectBuffer, ob === require('objectbuffer'));
print(typeof ob.decode, typeof ob.open, typeof ob.verify);
/*===
true true
function function function
===*/
