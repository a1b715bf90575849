import type { Kysely } from 'kysely';
import { createLogger, type Logger } from '../logger.js';
import { contentHash } from '../knowledge/contentHash.js';
import type { FeedbackStats, QuestionEvent, ReviewGroup, VoteEvent, VoteOutcome } from '../knowledge/feedbackRecords.js';
import { groupKeyOf } from '../knowledge/reviewQueue.js';
import { BatchWriter } from './batchWriter.js';
import { openStorage, type Storage, type StorageOptions } from './database.js';
import { feedbackStats, reviewGroups } from './feedbackQueries.js';
import type { Database, QuestionsTable } from './schema.js';
import type { Insertable } from 'kysely';

export { groupKeyOf } from '../knowledge/reviewQueue.js';
export type { FeedbackStats, QuestionEvent, ReviewGroup, VoteEvent, VoteOutcome } from '../knowledge/feedbackRecords.js';

export interface FeedbackStoreOptions extends StorageOptions {
  /** An open database to share (the store then leaves closing it to the caller); else one is opened. */
  storage?: Storage;
  logger?: Logger;
  /** Questions older than this many days are deleted (default 90). */
  retentionDays?: number;
}

// A question longer than this is not a question (the matcher refuses past 500); keep the table small.
const MAX_STORED_QUESTION = 1000;
const DAY_MS = 86_400_000;

/**
 * What readers asked and how they rated the answers, in the database: questions
 * (no user), votes (one per user per answer), review-queue dismissals. Questions
 * are written in small batches off the reply path; reads are queries, so every
 * process sharing the database sees the same stats and review queue.
 */
export class FeedbackStore {
  private readonly questions: BatchWriter<Insertable<QuestionsTable>>;
  private readonly db: Kysely<Database>;
  readonly retentionDays: number;

  private constructor(
    private readonly storage: Storage,
    private readonly owned: boolean,
    logger: Logger,
    retentionDays: number,
  ) {
    this.db = storage.db;
    this.retentionDays = retentionDays;
    this.questions = new BatchWriter({
      kind: 'questions',
      logger,
      write: async (rows) => {
        await this.db.insertInto('questions').values([...rows]).execute();
      },
    });
  }

  /** Opens (and migrates) the database unless one is given; throws when it cannot be opened. */
  static async open(options: FeedbackStoreOptions): Promise<FeedbackStore> {
    const storage = options.storage ?? (await openStorage(options));
    const logger = options.logger ?? createLogger({ level: 'info' });
    return new FeedbackStore(storage, !options.storage, logger, options.retentionDays ?? 90);
  }

  /** Returns at once; the promise settles when the question's batch is written (rejects if it was lost). */
  recordQuestion(event: QuestionEvent): Promise<void> {
    const question = event.question.slice(0, MAX_STORED_QUESTION);
    return this.questions.add({
      time: isoTime(event.time),
      question,
      group_key: groupKeyOf(question),
      answered: event.answered ? 1 : 0,
      entry_id: event.entryId,
      confidence: event.confidence,
      nearest_id: event.nearestId,
      guild_id: event.guildId,
      channel_id: event.channelId,
    });
  }

  /** One vote per user per answer: voting again on the same question and entry replaces the earlier vote. */
  async recordVote(event: VoteEvent): Promise<VoteOutcome> {
    const question = event.question.slice(0, MAX_STORED_QUESTION);
    const key = voteKey(event.userId, event.entryId, question);
    const row = {
      key,
      user_hash: userHash(event.userId),
      time: isoTime(event.time),
      entry_id: event.entryId,
      question,
      group_key: groupKeyOf(question),
      helpful: event.helpful ? 1 : 0,
    };
    // The insert tells first votes from repeats by whether it added a row, in one statement.
    const inserted = await this.db
      .insertInto('votes')
      .values(row)
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    const replaced = Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0;
    if (replaced) await this.db.updateTable('votes').set({ time: row.time, helpful: row.helpful, user_hash: row.user_hash }).where('key', '=', key).execute();
    return { replaced, firstVote: !replaced };
  }

  /** Unanswered and not-helpful questions, near-identical ones grouped, most frequent first. */
  async reviewQueue(limit = 25): Promise<ReviewGroup[]> {
    await this.questions.flush();
    return (await reviewGroups(this.db)).slice(0, limit);
  }

  /** Hides a group from the review queue until the question is asked again; false if there is no such group. */
  async dismiss(groupKey: string): Promise<boolean> {
    await this.questions.flush();
    if (!(await reviewGroups(this.db)).some((g) => g.key === groupKey)) return false;
    const time = new Date().toISOString();
    await this.db
      .insertInto('dismissals')
      .values({ group_key: groupKey, time })
      .onConflict((oc) => oc.column('group_key').doUpdateSet({ time }))
      .execute();
    return true;
  }

  async stats(top = 5): Promise<FeedbackStats> {
    await this.questions.flush();
    return feedbackStats(this.db, top);
  }

  /** Deletes every vote this user made (Discord's deletion on request); returns how many. */
  async forgetUser(userId: string): Promise<number> {
    const result = await this.db.deleteFrom('votes').where('user_hash', '=', userHash(userId)).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Deletes questions older than the retention period, and dismissals nothing refers to any more; returns the questions deleted. */
  async prune(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.retentionDays * DAY_MS).toISOString();
    const result = await this.db.deleteFrom('questions').where('time', '<', cutoff).executeTakeFirst();
    await this.db.deleteFrom('dismissals').where('time', '<', cutoff).execute();
    return Number(result.numDeletedRows);
  }

  /** Resolves once every question handed in so far is written (or lost). */
  idle(): Promise<void> {
    return this.questions.flush();
  }

  /** Writes what is pending, then closes the database if this store opened it. */
  async close(): Promise<void> {
    await this.questions.flush();
    if (this.owned) await this.storage.close();
  }
}

/** The key that makes a vote one per user per answer; the same formula as the JSON-lines log, so imported votes keep it. */
export function voteKey(userId: string, entryId: string, question: string): string {
  return contentHash(JSON.stringify([userId, entryId, question])).slice(0, 32);
}

// Only a hash of the user id is kept, enough to find a reader's votes when they ask for them to be deleted.
function userHash(userId: string): string {
  return contentHash(`user:${userId}`).slice(0, 32);
}

// Times are stored in one format, so that comparing the strings compares the times.
export function isoTime(time: Date | string | undefined): string {
  const date = time === undefined ? new Date() : new Date(time);
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}
