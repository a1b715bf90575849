/**
 * Two bots on two machines: each with its own knowledge folder (its own
 * checkout of knowledge/) and one Postgres database between them. An edit on
 * one reaches the other's qa.yaml through LISTEN/NOTIFY, and both show the same
 * history and stats.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { FeedbackStore } from '../../src/storage/feedbackStore.js';
import { startPostgres } from '../support/postgres.js';
import { eventually, moderator, quietLogger, tempKnowledge, type TempFolders } from './helpers.js';

// Only stops a broken listener from hanging the run: how fast an edit travels is the bench's to measure.
const PROPAGATION_BOUND_MS = 10_000;

const server = await startPostgres();
const opened: Array<{ close(): Promise<void> }> = [];
const folders: TempFolders[] = [];

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  for (const folder of folders.splice(0)) await folder.cleanup();
});
afterAll(async () => {
  if (!('unavailable' in server)) await server.stop();
});

async function machines(databaseUrl: string): Promise<[KnowledgeStore, KnowledgeStore, TempFolders, TempFolders]> {
  const [a, b] = [await tempKnowledge(), await tempKnowledge()];
  folders.push(a, b);
  const open = async (f: TempFolders) => {
    const store = await KnowledgeStore.open({ knowledgeDir: f.knowledgeDir, dataDir: f.dataDir, databaseUrl, logger: quietLogger(), watchDebounceMs: 30 });
    opened.push(store);
    return store;
  };
  return [await open(a), await open(b), a, b];
}

const alternatesOf = (store: KnowledgeStore, id: string) => store.current.knowledge.entries.find((e) => e.id === id)?.alternates ?? [];

if ('unavailable' in server) {
  describe.skip(`two machines on one Postgres (skipped: the server could not start here: ${server.unavailable})`, () => {
    it('shares edits', () => undefined);
  });
} else {
  describe('two machines with their own knowledge folders on one Postgres', () => {
    it('answers on machine B from an alias added on machine A, without a restart, with B’s qa.yaml byte for byte A’s', async () => {
      const [a, b, folderA, folderB] = await machines(await server.createDatabase());
      const question = 'what is the zebra memo from gustavo about';
      expect(b.current.matcher.match(question).answered).toBe(false);

      await a.addAlternate('story-summary', question, moderator);

      await eventually(() => expect(b.current.matcher.match(question).entry?.id).toBe('story-summary'), PROPAGATION_BOUND_MS);
      const [bytesA, bytesB] = await Promise.all([folderA, folderB].map((f) => readFile(join(f.knowledgeDir, 'qa.yaml'))));
      expect(bytesB?.equals(bytesA ?? Buffer.alloc(0))).toBe(true);
      // B loaded A's revision without recording it again.
      expect((await b.history()).map((r) => r.action)).toEqual(['add-alternate']);
      expect(await b.history()).toEqual(await a.history());
    });

    it('carries an undo on B back to A, and a hand edit on A to B', async () => {
      const [a, b, folderA] = await machines(await server.createDatabase());
      await a.addAlternate('story-summary', 'an alias to take back', moderator);
      await eventually(() => expect(alternatesOf(b, 'story-summary')).toContain('an alias to take back'), PROPAGATION_BOUND_MS);

      await b.undo(moderator);
      await eventually(() => expect(alternatesOf(a, 'story-summary')).not.toContain('an alias to take back'), PROPAGATION_BOUND_MS);

      const qaFile = join(folderA.knowledgeDir, 'qa.yaml');
      await writeFile(qaFile, (await readFile(qaFile, 'utf8')).replace('"death toll"', '"death toll by hand"'));
      await eventually(() => expect(alternatesOf(b, 'people-killed')).toContain('death toll by hand'), PROPAGATION_BOUND_MS);
      expect((await a.history()).map((r) => r.action)).toEqual(['external-edit', 'undo', 'add-alternate']);
    });

    it('brings a machine that was away up to the latest revision when it starts, instead of recording a step back', async () => {
      const databaseUrl = await server.createDatabase();
      const [a, b, , folderB] = await machines(databaseUrl);
      await b.close();
      await a.addAlternate('story-summary', 'made while B was away', moderator);

      const back = await KnowledgeStore.open({ knowledgeDir: folderB.knowledgeDir, dataDir: folderB.dataDir, databaseUrl, logger: quietLogger(), watch: false });
      opened.push(back);
      expect(alternatesOf(back, 'story-summary')).toContain('made while B was away');
      expect((await back.history()).map((r) => r.action)).toEqual(['add-alternate']);
    });

    it('shows the same stats from both machines', async () => {
      const databaseUrl = await server.createDatabase();
      const [fa, fb] = [await tempKnowledge(), await tempKnowledge()];
      folders.push(fa, fb);
      const [x, y] = [await FeedbackStore.open({ dataDir: fa.dataDir, databaseUrl }), await FeedbackStore.open({ dataDir: fb.dataDir, databaseUrl })];
      opened.push(x, y);
      const asked = { answered: false, entryId: null, confidence: 0.1, nearestId: null, guildId: 'g', channelId: 'c' };
      await x.recordQuestion({ ...asked, question: 'is it raining in bogota' });
      await y.recordQuestion({ ...asked, question: 'Is it raining in Bogota?' });
      await x.recordVote({ entryId: 'who-is-petro', question: 'who is petro', helpful: true, userId: 'u1' });
      expect(await x.stats()).toEqual(await y.stats());
      expect((await y.stats()).asked).toBe(2);
    });
  });
}
