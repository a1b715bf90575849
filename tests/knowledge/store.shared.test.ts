/**
 * Two KnowledgeStores on the same folders, as two shards of the bot run them:
 * each has its own queue and watcher, and only the files and the database
 * (with the edit lock) are shared.
 */
import { readlinkSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import type { KnowledgeStoreOptions } from '../../src/knowledge/storeTypes.js';
import { openStorage } from '../../src/storage/database.js';
import { eventually, moderator, quietLogger, useStoreFolders } from './helpers.js';

const fixture = useStoreFolders();
const shard = (extra: Partial<KnowledgeStoreOptions> = {}) => fixture.open(extra);

const alternatesOf = (store: KnowledgeStore, id: string) =>
  store.current.knowledge.entries.find((e) => e.id === id)?.alternates ?? [];

describe('KnowledgeStores of two shards sharing the knowledge folder', () => {
  it('answers on shard 1 from an alternate added through shard 0, without a restart', async () => {
    const [zero, one] = [await shard(), await shard()];
    const question = 'what is the zebra memo from gustavo about';
    expect(one.current.matcher.match(question).answered).toBe(false);

    await zero.addAlternate('story-summary', question, moderator);

    // The bound only stops a broken watcher from hanging the run; how fast the change travels is `npm run bench`'s.
    await eventually(() => expect(one.current.matcher.match(question).entry?.id).toBe('story-summary'), 10_000);
    expect(one.current.version).toBe(zero.current.version);
  });

  it('keeps both of two edits made at the same moment on different shards', async () => {
    // No watchers: each store would otherwise catch up with the other's write between edits.
    const [zero, one] = [await shard({ watch: false }), await shard({ watch: false })];

    await Promise.all([
      zero.addAlternate('story-summary', 'first phrasing from shard zero', moderator),
      one.addAlternate('story-summary', 'second phrasing from shard one', moderator),
    ]);

    const onDisk = await readFile(join(fixture.folders.knowledgeDir, 'qa.yaml'), 'utf8');
    expect(onDisk).toContain('first phrasing from shard zero');
    expect(onDisk).toContain('second phrasing from shard one');
    const history = await zero.history('story-summary');
    expect(history.map((r) => r.action)).toEqual(['add-alternate', 'add-alternate']);
  });

  it('records a hand edit of qa.yaml once, however many shards notice it', async () => {
    const [zero, one] = [await shard({ watchDebounceMs: 30 }), await shard({ watchDebounceMs: 30 })];
    const qaFile = join(fixture.folders.knowledgeDir, 'qa.yaml');
    const text = await readFile(qaFile, 'utf8');

    await writeFile(qaFile, text.replace('"death toll"', '"death toll by hand"'));

    for (const store of [zero, one]) {
      await eventually(() => expect(alternatesOf(store, 'people-killed')).toContain('death toll by hand'));
    }
    expect((await zero.history()).map((r) => r.action)).toEqual(['external-edit']);
  });

  it.each([
    ['a process of this machine that is gone', `${hostname()} pid 999999999 ns ${readlinkSync('/proc/self/ns/pid')} 0123456789ab`, 'holder-gone'],
    ['a lease that ran out', 'another-machine pid 1 ns pid:[1] 0123456789ab', 'expired'],
  ])('edits after taking over the lock from a shard that died while editing (%s)', async (_case, holder, reason) => {
    const logger = quietLogger();
    const store = await shard({ watch: false, logger });
    const storage = await openStorage({ dataDir: fixture.folders.dataDir });
    await storage.db.insertInto('locks').values({ name: 'knowledge', holder, expires_at: Date.now() - (reason === 'expired' ? 1 : -60_000) }).execute();
    await storage.close();

    await store.addAlternate('story-summary', 'after the crash', moderator);

    expect(alternatesOf(store, 'story-summary')).toContain('after the crash');
    expect(logger.events.find((e) => e.event === 'lock-stale-removed')).toMatchObject({ fields: { reason } });
  });
});
