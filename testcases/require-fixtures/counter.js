// Fixture: runs once however often it is required (module cache).
var runs = (globalThis.counterRuns || 0) + 1;
globalThis.counterRuns = runs;
module.exports = function () { return runs; };
