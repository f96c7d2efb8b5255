// Fixture: loaded without its ".js" suffix; module.exports replaced.
module.exports = { name: 'helper', same: module.exports === exports };
