import { describe, expect, it } from 'vitest';
import { kbHarnessPerTest } from './kbHarness.js';
import { kb, textOf } from './kbPayloads.js';

const start = kbHarnessPerTest();
// Each edit is validated and written, and the knowledge reloaded, one at a time under the
// lock, so the last of fifty waits for the other 49 (about 25 s on 2 cores): the soak run
// sends fifty, the default run twenty, well inside the 30 s a reply is waited for.
const EDITS = process.env.SOAK ? 50 : 20;

describe('/kb edits sent at once', () => {
  it(`keeps every one of ${EDITS} alias commands sent at the same time`, async () => {
    const { send, store, qaBytes } = await start();
    // Spread over five entries: an entry has a cap on alternates (ENTRY_LIMITS).
    const targets = ['boats-destroyed', 'people-killed', 'who-is-petro', 'story-summary', 'order-duration'];
    const edits = Array.from({ length: EDITS }, (_, n) => ({ id: targets[n % targets.length] ?? '', question: `simultaneous phrasing number ${n}` }));

    const replies = await Promise.all(edits.map((edit) => send(kb('alias', edit))));

    for (const reply of replies) expect(textOf(reply)).toContain('✅ Added to');
    const onDisk = (await qaBytes()).toString('utf8');
    for (const { id, question } of edits) {
      expect(onDisk).toContain(`"${question}"`);
      expect(store.current.knowledge.entries.find((e) => e.id === id)?.alternates).toContain(question);
    }
    expect(await store.history(undefined, 100)).toHaveLength(EDITS);
  }, 60_000);
});
