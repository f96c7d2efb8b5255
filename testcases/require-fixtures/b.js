// Fixture: the other half of the cycle; sees a.js's partial exports.
exports.done = false;
var a = require('./a.js');
exports.sawADone = a.done;
exports.done = true;
