// Requires ../counter.js by absolute and by roundabout relative ids: each
// must be the same cached module.
var counter = require('../counter.js');
module.exports = [
    require(__dirname + '/../counter.js') === counter,
    require('/..' + __dirname + '/./..//counter') === counter,
    require('../sub/../counter.js') === counter,
    require('./../../require-fixtures/counter') === counter
];
