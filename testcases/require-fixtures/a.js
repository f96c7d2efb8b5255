// Fixture: half of a require cycle (a -> b -> a), as in Node's docs.
exports.done = false;
var b = require('./b.js');
exports.fromB = b.done + ':' + b.sawADone;
exports.done = true;
