import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/knowledge/contentHash.js';
import { AuditStore } from '../../src/storage/auditStore.js';
import { openStorage } from '../../src/storage/database.js';
import { FeedbackStore, voteKey } from '../../src/storage/feedbackStore.js';
import { quietLogger } from '../knowledge/helpers.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'store-import-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const recent = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const lines = (...records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n');
const question = (text: string, answered: boolean, minutes: number) => ({
  time: recent(minutes), question: text, answered, entryId: answered ? 'who-is-petro' : null, confidence: 0.5,
  nearestId: 'who-is-petro', guildId: 'g', channelId: 'c',
});

// The files exactly as the JSON-lines version of the bot left them, torn last line included.
async function writeOldFiles(): Promise<{ snapshot: Buffer }> {
  const snapshot = Buffer.from('entries: []\n');
  const hash = contentHash(snapshot);
  await writeFile(join(dataDir, 'questions.jsonl'), `${lines(question('who is petro', true, 30), question('what is the weather', false, 20), question('What is the weather?', false, 10))}\n{"time":"20`);
  await writeFile(join(dataDir, 'votes.jsonl'), `${lines(
    { time: recent(9), key: voteKey('u1', 'who-is-petro', 'who is petro'), entryId: 'who-is-petro', question: 'who is petro', helpful: false },
    { time: recent(8), key: voteKey('u1', 'who-is-petro', 'who is petro'), entryId: 'who-is-petro', question: 'who is petro', helpful: true },
  )}\n`);
  await writeFile(join(dataDir, 'review-dismissed.jsonl'), `${lines({ time: recent(25), groupKey: 'some-old-group' })}\n`);
  await writeFile(join(dataDir, 'audit.jsonl'), `${lines({
    changeId: 'c1', time: recent(40), guildId: null, moderatorId: '1', moderatorName: 'mod', action: 'add', entryId: 'who-is-petro',
    before: null, after: { id: 'who-is-petro', question: 'Who is Petro?' }, previousHash: hash, nextHash: hash, reverts: null,
  })}\n`);
  await mkdir(join(dataDir, 'snapshots'));
  await writeFile(join(dataDir, 'snapshots', `qa-${hash}.yaml`), snapshot);
  return { snapshot };
}

describe('the import of the JSON-lines files of earlier versions', () => {
  it('brings every question, vote, dismissal, audit record and snapshot into the database, skipping a torn line', async () => {
    const { snapshot } = await writeOldFiles();
    const logger = quietLogger();
    const feedback = await FeedbackStore.open({ dataDir, logger });
    const stats = await feedback.stats();
    expect(stats).toMatchObject({ asked: 3, answered: 1, helpful: 1, notHelpful: 0 });
    expect(await feedback.reviewQueue()).toMatchObject([{ count: 2, unanswered: 2 }]);
    // The vote key is the old one: the same reader voting again replaces their vote.
    expect(await feedback.recordVote({ entryId: 'who-is-petro', question: 'who is petro', helpful: false, userId: 'u1' })).toMatchObject({ replaced: true });
    await feedback.close();

    const storage = await openStorage({ dataDir });
    const audit = new AuditStore(storage.db);
    expect(await audit.history()).toMatchObject([{ changeId: 'c1', action: 'add', after: { id: 'who-is-petro', question: 'Who is Petro?' } }]);
    expect((await audit.copyOf(contentHash(snapshot)))?.equals(snapshot)).toBe(true);
    await storage.close();
    expect(logger.events.find((e) => e.event === 'json-lines-imported')?.fields).toMatchObject({ questions: 3, votes: 2, audit: 1, snapshots: 1, skipped: 1 });
  });

  it('imports once: neither a restart nor a second process on the same database imports again', async () => {
    await writeOldFiles();
    const [zero, one] = await Promise.all([FeedbackStore.open({ dataDir }), FeedbackStore.open({ dataDir })]);
    await zero.close();
    await one.close();
    const again = await FeedbackStore.open({ dataDir });
    expect((await again.stats()).asked).toBe(3);
    await again.close();
  });

  it('migrates an empty database and leaves a migrated one as it is', async () => {
    const first = await openStorage({ dataDir });
    const migrations = () => first.db.selectFrom('kysely_migration' as never).selectAll().execute();
    expect(await migrations()).toHaveLength(1);
    await first.close();
    const second = await openStorage({ dataDir });
    await second.close();
  });
});
