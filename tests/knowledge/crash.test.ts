/**
 * The bot killed (SIGKILL) at random moments while moderators edit, again and
 * again on the same folders: after every kill, qa.yaml is valid and is the last
 * acknowledged edit or the one in flight; the audit log records nothing the file
 * does not hold; and the next start opens the store at once (a lock held by the dead bot, stray
 * temp files, a saved but unrecorded edit). `npm run test:soak` (SOAK=1) runs
 * many more rounds with a fresh seed; CRASH_SEED and CRASH_ROUNDS replay one.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/knowledge/contentHash.js';
import { checkEntriesText, checkKnowledge, loadKnowledge, type Knowledge } from '../../src/knowledge/load.js';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import { AuditStore } from '../../src/storage/auditStore.js';
import { openStorage, type Storage } from '../../src/storage/database.js';
import { EditorProcess } from './editorProcess.js';
import { CRASH_MODERATOR, crashEdit, textAfter } from './fixtures/crashEdits.js';
import { quietLogger, tempKnowledge, type TempFolders } from './helpers.js';

const SOAK = process.env.SOAK === '1';
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? (SOAK ? 300 : 5));
const SEED = Number(process.env.CRASH_SEED ?? (SOAK ? Date.now() % 2 ** 31 : 20_251_017));
// An edit takes some tens of milliseconds: a kill within this lands before, inside or between a few.
const MOST_DELAY_MS = 500;

let folders: TempFolders;
const editors: EditorProcess[] = [];

beforeEach(async () => {
  folders = await tempKnowledge();
});

afterEach(async () => {
  for (const editor of editors.splice(0)) await editor.kill();
  await storage?.close();
  storage = null;
  await folders.cleanup();
});

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function spawnEditor(): EditorProcess {
  const editor = EditorProcess.spawn(folders);
  editors.push(editor);
  return editor;
}

// The test reads the database the killed bots wrote, as another process would.
let storage: Storage | null = null;
const database = async () => (storage ??= await openStorage({ dataDir: folders.dataDir }));
const audit = async () => new AuditStore((await database()).db);
const snapshot = async (hash: string) => (await (await audit()).copyOf(hash))?.toString('utf8') ?? '';
const lockHolder = async () => (await (await database()).db.selectFrom('locks').select('holder').executeTakeFirst())?.holder ?? null;

describe('the knowledge when the bot is killed in the middle of edits', () => {
  it(
    `is valid after every one of ${ROUNDS} kills, the last acknowledged edit or the one in flight, and logs only what the file holds (seed ${SEED})`,
    async () => {
      const next = random(SEED);
      const { knowledgeDir, dataDir } = folders;
      const article = (await loadKnowledge(knowledgeDir)).article;
      const knowledgeOf = (text: string): Knowledge => {
        const report = checkEntriesText(article, text);
        if (!report.knowledge) throw new Error(`a saved version of qa.yaml does not pass the checks: ${JSON.stringify(report.errors)}`);
        return report.knowledge;
      };
      // A bot that has already been edited: the log has a change to start from.
      const seeded = await KnowledgeStore.open({ knowledgeDir, dataDir, logger: quietLogger(), watch: false });
      await seeded.addAlternate('story-summary', 'asked before the crashes began', CRASH_MODERATOR);
      await seeded.close();

      const hashAfter = new Map<number, string>();
      let fileHash = contentHash(await readFile(join(knowledgeDir, 'qa.yaml')));
      let firstStep = 0;
      // After a kill: whether the killed bot was holding the edit lock.
      let lockLeft = false;
      const figures = { acknowledged: 0, inFlightLanded: 0, savedNotLogged: 0, staleLocks: 0 };

      // Two bots load ahead: loading takes longer than a round.
      const waiting = [spawnEditor(), spawnEditor()];
      for (let round = 1; round <= ROUNDS; round++) {
        const editor = waiting.shift() ?? spawnEditor();
        await editor.start(firstStep);
        // The next bots load while this one edits; each opens the folders only once started.
        waiting.push(spawnEditor());
        await sleep(Math.floor(next() * MOST_DELAY_MS));
        const run = await editor.kill();
        const where = `round ${round}, from step ${firstStep} (seed ${SEED})\n${run.stderr}`;
        // Opening found the file as the last kill left it, whatever else was left behind.
        expect(run.ready, where).toBe(fileHash);
        // Taken over at once, since its holder is dead.
        if (lockLeft) expect(run.stderr, where).toContain('"reason":"holder-gone"');

        const text = await readFile(join(knowledgeDir, 'qa.yaml'), 'utf8');
        expect((await checkKnowledge(knowledgeDir)).errors, where).toEqual([]);
        const acknowledged = run.done.at(-1)?.hash ?? run.ready;
        const inFlight = (run.done.at(-1)?.step ?? firstStep - 1) + 1;
        for (const { step, hash } of run.done) hashAfter.set(step, hash);
        fileHash = contentHash(text);
        const landed = fileHash !== acknowledged;
        if (landed) {
          const edit = crashEdit(inFlight, article);
          const expected = textAfter(edit, knowledgeOf(await snapshot(acknowledged)), await snapshot(acknowledged));
          // An undo puts back the file from before the edit it reverts (the one before it in the cycle).
          expect(fileHash, where).toBe(expected === null ? hashAfter.get(inFlight - 2) : contentHash(expected));
          hashAfter.set(inFlight, fileHash);
        }

        const records = (await (await audit()).history(undefined, Infinity)).reverse();
        for (let n = 1; n < records.length; n++) expect(records[n]?.previousHash, where).toBe(records[n - 1]?.nextHash);
        const newest = records.at(-1)?.nextHash;
        // The log is the file, or one saved edit behind it (killed before recording it): never ahead.
        if (newest !== fileHash) expect({ newest, landed }, where).toEqual({ newest: acknowledged, landed: true });
        for (const { hash } of run.done) expect(records.some((r) => r.nextHash === hash), where).toBe(true);

        lockLeft = (await lockHolder()) !== null;
        firstStep = landed ? inFlight + 1 : inFlight;
        figures.acknowledged += run.done.length;
        figures.inFlightLanded += landed ? 1 : 0;
        figures.savedNotLogged += newest !== fileHash ? 1 : 0;
        figures.staleLocks += lockLeft ? 1 : 0;
      }

      // The bot starts once more: the store opens, and the log catches up with the file.
      const logger = quietLogger();
      const reopened = await KnowledgeStore.open({ knowledgeDir, dataDir, logger, watch: false });
      expect((await reopened.history(undefined, 1))[0]?.nextHash).toBe(fileHash);
      await reopened.close();
      const leftovers = await readdir(knowledgeDir);
      expect(leftovers.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      if (SOAK) console.info(`crash test: ${ROUNDS} kills, steps 0-${firstStep - 1}, seed ${SEED}`, figures);
    },
    ROUNDS * 6_000 + 30_000,
  );
});
