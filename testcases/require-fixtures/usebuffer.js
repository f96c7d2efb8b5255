// Fixture: Node-style code using the built-in buffer module.
var Buffer = require('buffer').Buffer;
module.exports = Buffer.from('use').toString('hex');
