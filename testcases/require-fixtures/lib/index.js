// Fixture: a folder module; requires a sibling folder through "..".
var up = require('../sub/helper');
module.exports = { name: 'lib', helper: up.name, dir: typeof __dirname, file: typeof __filename };
