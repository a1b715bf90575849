/**
 * The store operations, run against each database the bot supports: the SQLite
 * file (sqlite.test.ts) and a real Postgres server (postgres.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../src/knowledge/auditLog.js';
import type { QuestionEvent } from '../../src/knowledge/feedbackRecords.js';
import { AuditStore } from '../../src/storage/auditStore.js';
import { openStorage, type Storage, type StorageOptions } from '../../src/storage/database.js';
import { EditLock } from '../../src/storage/editLock.js';
import { FeedbackStore, groupKeyOf } from '../../src/storage/feedbackStore.js';
import { quietLogger } from '../knowledge/helpers.js';

/** Where a test's database lives: a fresh, empty one for every call. */
export type FreshDatabase = () => Promise<StorageOptions>;

const started = Date.now() - 3_600_000;
let clock = started;
const tick = () => new Date((clock += 1000));

function unanswered(question: string, nearestId: string | null = null): QuestionEvent {
  return { question, answered: false, entryId: null, confidence: 0.2, nearestId, guildId: 'g', channelId: 'c', time: tick() };
}

function answered(question: string, entryId: string): QuestionEvent {
  return { question, answered: true, entryId, confidence: 0.9, nearestId: entryId, guildId: 'g', channelId: 'c', time: tick() };
}

function record(n: number, previousHash: string, nextHash: string): AuditRecord {
  return {
    changeId: `change-${n}`, time: tick().toISOString(), guildId: null, moderatorId: '1', moderatorName: 'mod', action: 'add-alternate',
    entryId: 'story-summary', before: null, after: null, previousHash, nextHash, reverts: null,
  };
}

export function storeSuite(fresh: FreshDatabase): void {
  // Every store a test opens shares one database, as shards do; all are closed after it.
  const withDatabase = (test: (open: () => Promise<FeedbackStore>, storage: Storage) => Promise<void>) => async () => {
    const options = await fresh();
    const storage = await openStorage(options);
    const stores: FeedbackStore[] = [];
    try {
      await test(async () => {
        const store = await FeedbackStore.open({ ...options, logger: quietLogger() });
        stores.push(store);
        return store;
      }, storage);
    } finally {
      for (const store of stores) await store.close();
      await storage.close();
    }
  };

  describe('the feedback store', () => {
    it('groups near-identical unanswered questions, most frequent first, with a count and the nearest entry', withDatabase(async (open) => {
      const log = await open();
      await log.recordQuestion(unanswered('What did Galán eat for breakfast?', 'who-is-galan'));
      await log.recordQuestion(unanswered('what did galan eat for breakfast', 'who-is-galan'));
      await log.recordQuestion(unanswered('WHAT DID GALAN EAT FOR BREAKFAST?!', null));
      await log.recordQuestion(unanswered('Is it raining in Bogota?'));
      await log.recordQuestion(answered('How many boats were destroyed?', 'boats-destroyed'));

      const queue = await log.reviewQueue();
      expect(queue).toHaveLength(2);
      expect(queue[0]).toMatchObject({ count: 3, unanswered: 3, notHelpful: 0, nearestId: 'who-is-galan' });
      expect(queue[0]?.key).toBe(groupKeyOf('what did Galan eat for breakfast'));
      expect(queue[1]).toMatchObject({ count: 1, question: 'Is it raining in Bogota?' });
    }));

    it('counts one vote per user per answer, the latest replacing the earlier, and puts not-helpful ones up for review', withDatabase(async (open) => {
      const log = await open();
      const vote = { entryId: 'boats-destroyed', question: 'how many boats?', userId: 'u1' };
      expect(await log.recordVote({ ...vote, helpful: false })).toEqual({ replaced: false, firstVote: true });
      expect(await log.recordVote({ ...vote, helpful: true })).toEqual({ replaced: true, firstVote: false });
      await log.recordVote({ ...vote, helpful: true, userId: 'u2' });
      await log.recordVote({ ...vote, helpful: false, question: 'boats destroyed?' });
      expect(await log.stats()).toMatchObject({ helpful: 2, notHelpful: 1 });
      expect(await log.reviewQueue()).toMatchObject([{ question: 'boats destroyed?', notHelpful: 1, nearestId: 'boats-destroyed' }]);
    }));

    it('reports totals, the top entries and unanswered questions, and the last 30 days day by day', withDatabase(async (open) => {
      const log = await open();
      for (let n = 0; n < 3; n++) await log.recordQuestion(answered('how many boats?', 'boats-destroyed'));
      await log.recordQuestion(answered('who is petro?', 'who-is-petro'));
      await log.recordQuestion(unanswered('what is the weather?'));
      await log.recordQuestion({ ...unanswered('What is the weather'), time: new Date(Date.now() - 2 * 86_400_000) });
      const stats = await log.stats();
      expect(stats).toMatchObject({ asked: 6, answered: 4, helpful: 0, notHelpful: 0 });
      expect(stats.answeredShare).toBeCloseTo(4 / 6);
      expect(stats.topEntries).toEqual([{ entryId: 'boats-destroyed', count: 3 }, { entryId: 'who-is-petro', count: 1 }]);
      expect(stats.topUnanswered).toMatchObject([{ count: 2 }]);
      expect(stats.daily).toHaveLength(30);
      const day = (offset: number) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
      const counted = stats.daily.filter((d) => d.answered || d.unanswered);
      expect(counted.map((d) => d.day).sort()).toEqual([...new Set([day(2), new Date(started).toISOString().slice(0, 10)])].sort());
      expect(stats.daily.reduce((sum, d) => sum + d.answered + d.unanswered, 0)).toBe(6);
    }));

    it('shows the same stats and review queue from two stores on one database, and a dismissal on one is gone on the other', withDatabase(async (open) => {
      const [zero, one] = [await open(), await open()];
      await zero.recordQuestion(unanswered('Is it raining in Bogota?'));
      await one.recordQuestion(unanswered('is it raining in bogota'));
      await one.recordQuestion(answered('who is petro?', 'who-is-petro'));
      await zero.recordVote({ entryId: 'who-is-petro', question: 'who is petro?', helpful: true, userId: 'u1' });

      expect(await zero.stats()).toEqual(await one.stats());
      expect(await zero.reviewQueue()).toEqual(await one.reviewQueue());
      const [group] = await one.reviewQueue();
      expect(group).toMatchObject({ count: 2 });

      expect(await zero.dismiss(group?.key ?? '')).toBe(true);
      expect(await one.reviewQueue()).toEqual([]);
      expect(await one.dismiss('no-such-group')).toBe(false);
      // Asked again after the dismissal: back in both queues.
      await one.recordQuestion({ ...unanswered('is it raining in bogota?'), time: new Date(Date.now() + 60_000) });
      expect(await zero.reviewQueue()).toMatchObject([{ key: group?.key, count: 1 }]);
    }));

    it('forgets every vote of one user on request, and only theirs', withDatabase(async (open) => {
      const log = await open();
      await log.recordVote({ entryId: 'a', question: 'q1', helpful: true, userId: 'leaving' });
      await log.recordVote({ entryId: 'b', question: 'q2', helpful: false, userId: 'leaving' });
      await log.recordVote({ entryId: 'a', question: 'q1', helpful: true, userId: 'staying' });
      expect(await log.forgetUser('leaving')).toBe(2);
      expect(await log.stats()).toMatchObject({ helpful: 1, notHelpful: 0 });
      expect(await log.forgetUser('leaving')).toBe(0);
      // The one-vote rule starts afresh for them.
      expect(await log.recordVote({ entryId: 'a', question: 'q1', helpful: true, userId: 'leaving' })).toMatchObject({ firstVote: true });
    }));

    it('deletes questions older than the retention period and keeps the rest', withDatabase(async (open) => {
      const log = await open();
      const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
      await log.recordQuestion({ ...unanswered('asked long ago'), time: daysAgo(91) });
      await log.recordQuestion({ ...unanswered('asked last month'), time: daysAgo(30) });
      expect(await log.prune()).toBe(1);
      expect((await log.reviewQueue()).map((g) => g.question)).toEqual(['asked last month']);
      expect((await log.stats()).asked).toBe(1);
    }));
  });

  describe('the audit store', () => {
    it('keeps copies byte for byte, records changes newest first, and walks back past undone changes', withDatabase(async (_open, storage) => {
      const audit = new AuditStore(storage.db);
      const bytes = Buffer.from('entries: []\n\u00e9\u0000\xff', 'latin1');
      const hash = await audit.keepCopy(bytes);
      expect(await audit.keepCopy(bytes)).toBe(hash);
      expect((await audit.copyOf(hash))?.equals(bytes)).toBe(true);
      expect(await audit.copyOf('0'.repeat(64))).toBeNull();

      await audit.append(record(1, 'h0', 'h1'));
      await audit.append(record(2, 'h1', 'h2'));
      await audit.append({ ...record(3, 'h2', 'h1'), action: 'undo', reverts: 'change-2' });
      expect((await audit.history()).map((r) => r.changeId)).toEqual(['change-3', 'change-2', 'change-1']);
      expect((await audit.latest())?.changeId).toBe('change-3');
      expect((await audit.undoTarget())?.changeId).toBe('change-1');
    }));

    it('still shows and undoes a change recorded under an older entry schema', withDatabase(async (_open, storage) => {
      const audit = new AuditStore(storage.db);
      // An entry from before `quote` and `paragraph` existed, in a record of schema version 0.
      const old = JSON.stringify({ id: 'story-summary', question: 'What is this about?', answer: 'Petro.', alternates: ['gist'] });
      await storage.db.insertInto('audit').values({
        change_id: 'old-change', schema_version: 0, time: tick().toISOString(), guild_id: null, moderator_id: '1', moderator_name: 'mod',
        action: 'update', entry_id: 'story-summary', before: old, after: old, previous_hash: 'h0', next_hash: 'h1', reverts: null,
      }).execute();
      const [shown] = await audit.history('story-summary');
      expect(shown).toMatchObject({ changeId: 'old-change', before: { id: 'story-summary', alternates: ['gist'], quote: '' } });
      expect((await audit.undoTarget())?.changeId).toBe('old-change');
    }));

    it('prunes the copies no undo within the depth can reach, and keeps the rest', withDatabase(async (_open, storage) => {
      const audit = new AuditStore(storage.db);
      const hashes = [];
      for (let n = 0; n <= 5; n++) hashes.push(await audit.keepCopy(Buffer.from(`version ${n}`)));
      for (let n = 1; n <= 5; n++) await audit.append(record(n, hashes[n - 1] ?? '', hashes[n] ?? ''));
      expect(await audit.pruneSnapshots(2)).toBe(3);
      expect(await audit.copyOf(hashes[3] ?? '')).not.toBeNull();
      expect(await audit.copyOf(hashes[2] ?? '')).toBeNull();
    }));
  });

  describe('the edit lock', () => {
    it('lets one holder in at a time, and the next in once it is released', withDatabase(async (_open, storage) => {
      const first = new EditLock(storage.db, 'knowledge', quietLogger());
      const second = new EditLock(storage.db, 'knowledge', quietLogger(), { timeoutMs: 200 });
      const release = await first.acquire();
      await expect(second.acquire()).rejects.toThrow(/stayed taken/);
      await release();
      await (await second.acquire())();
    }));
  });
}
