// Fixture: throws while loading; a later require runs it again.
globalThis.throwRuns = (globalThis.throwRuns || 0) + 1;
throw new Error('boom ' + globalThis.throwRuns);
