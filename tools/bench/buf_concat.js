// Buffer.concat of 1000 buffers of 64 bytes each.
var list = [];
for (var i = 0; i < 1000; i++) {
	list.push(benchRandomBytes(benchBuffer(64)));
}
bench({
	check: function () { return benchNeeds(Buffer, 'Buffer', ['concat']); },
	op: function () { return Buffer.concat(list); }
});
