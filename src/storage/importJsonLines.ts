/**
 * The one-off move from the JSON-lines files the bot kept before the database
 * (questions.jsonl, votes.jsonl, review-dismissed.jsonl, audit.jsonl and
 * snapshots/qa-<hash>.yaml in DATA_DIR). Done once per database, in one
 * transaction: a crash part way imports nothing and the next start tries again.
 * The files stay where they are, untouched, as a backup.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { contentHash } from '../knowledge/contentHash.js';
import { errorCode } from '../knowledge/durableFiles.js';
import { dismissLineSchema, questionLineSchema, voteLineSchema } from '../knowledge/feedbackRecords.js';
import { groupKeyOf } from '../knowledge/reviewQueue.js';
import type { Logger } from '../logger.js';
import { ENTRY_SCHEMA_VERSION } from './auditRecords.js';
import type { Database } from './schema.js';

const IMPORT_NAME = 'json-lines';
const CHUNK = 500;

// Audit lines are kept whatever their entries look like: the reader copes with old shapes.
const auditLineSchema = z.object({
  changeId: z.string(),
  time: z.string(),
  guildId: z.string().nullable(),
  moderatorId: z.string(),
  moderatorName: z.string(),
  action: z.string(),
  entryId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  previousHash: z.string(),
  nextHash: z.string(),
  reverts: z.string().nullable(),
});

export interface ImportCounts {
  questions: number;
  votes: number;
  dismissals: number;
  audit: number;
  snapshots: number;
  /** Lines that were not records (a torn last write, say), skipped. */
  skipped: number;
}

/** Imports the files in dataDir unless this database already has; resolves with what was imported, or null. */
export async function importJsonLines(db: Kysely<Database>, dataDir: string, logger?: Logger): Promise<ImportCounts | null> {
  return db.transaction().execute(async (trx) => {
    const done = await trx
      .insertInto('imports')
      .values({ name: IMPORT_NAME, time: new Date().toISOString() })
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    if (Number(done.numInsertedOrUpdatedRows ?? 0) === 0) return null;
    const counts = { questions: 0, votes: 0, dismissals: 0, audit: 0, snapshots: 0, skipped: 0 };
    const lines = <T>(file: string, schema: z.ZodType<T>) => records(join(dataDir, file), schema, () => counts.skipped++);
    for await (const rows of chunks(lines('questions.jsonl', questionLineSchema))) {
      await trx.insertInto('questions').values(rows.map((q) => ({
        time: q.time, question: q.question, group_key: groupKeyOf(q.question), answered: q.answered ? 1 : 0, entry_id: q.entryId,
        confidence: q.confidence, nearest_id: q.nearestId, guild_id: q.guildId, channel_id: q.channelId,
      }))).execute();
      counts.questions += rows.length;
    }
    for await (const v of lines('votes.jsonl', voteLineSchema)) {
      const row = { key: v.key, user_hash: null, time: v.time, entry_id: v.entryId, question: v.question, group_key: groupKeyOf(v.question), helpful: v.helpful ? 1 : 0 };
      // Later lines replace earlier ones with the same key, as the log's replay did.
      await trx.insertInto('votes').values(row).onConflict((oc) => oc.column('key').doUpdateSet({ time: row.time, helpful: row.helpful })).execute();
      counts.votes++;
    }
    for await (const d of lines('review-dismissed.jsonl', dismissLineSchema)) {
      await trx.insertInto('dismissals').values({ group_key: d.groupKey, time: d.time })
        .onConflict((oc) => oc.column('group_key').doUpdateSet({ time: d.time })).execute();
      counts.dismissals++;
    }
    for await (const a of lines('audit.jsonl', auditLineSchema)) {
      const json = (entry: unknown) => (entry === null || entry === undefined ? null : JSON.stringify(entry));
      await trx.insertInto('audit').values({
        change_id: a.changeId, schema_version: ENTRY_SCHEMA_VERSION, time: a.time, guild_id: a.guildId, moderator_id: a.moderatorId,
        moderator_name: a.moderatorName, action: a.action, entry_id: a.entryId, before: json(a.before), after: json(a.after),
        previous_hash: a.previousHash, next_hash: a.nextHash, reverts: a.reverts,
      }).onConflict((oc) => oc.column('change_id').doNothing()).execute();
      counts.audit++;
    }
    for (const [hash, bytes] of await snapshots(join(dataDir, 'snapshots'))) {
      await trx.insertInto('snapshots').values({ hash, bytes, time: new Date().toISOString() }).onConflict((oc) => oc.column('hash').doNothing()).execute();
      counts.snapshots++;
    }
    const imported = counts.questions + counts.votes + counts.dismissals + counts.audit + counts.snapshots;
    if (imported || counts.skipped) logger?.info('json-lines-imported', { dataDir, ...counts });
    return counts;
  });
}

async function* records<T>(path: string, schema: z.ZodType<T>, skipped: () => void): AsyncGenerator<T> {
  const stream = createReadStream(path, 'utf8');
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const parsed = parseJson(line, schema);
      if (parsed === null) skipped();
      else yield parsed;
    }
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  } finally {
    stream.destroy();
  }
}

function parseJson<T>(line: string, schema: z.ZodType<T>): T | null {
  try {
    const result = schema.safeParse(JSON.parse(line));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

async function* chunks<T>(items: AsyncIterable<T>): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

// Only copies whose bytes still match their name: a damaged copy could not be restored anyway.
async function snapshots(folder: string): Promise<Array<[string, Buffer]>> {
  const names = await readdir(folder).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  });
  const found: Array<[string, Buffer]> = [];
  for (const name of names) {
    const hash = /^qa-([0-9a-f]{64})\.yaml$/.exec(name)?.[1];
    if (!hash) continue;
    const bytes = await readFile(join(folder, name));
    if (contentHash(bytes) === hash) found.push([hash, bytes]);
  }
  return found;
}
