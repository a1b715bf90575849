import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createLogger, type Logger } from '../logger.js';
import { contentHash } from './contentHash.js';
import {
  dismissLineSchema,
  questionLineSchema,
  voteLineSchema,
  type FeedbackStats,
  type QuestionEvent,
  type QuestionLine,
  type ReviewGroup,
  type VoteEvent,
  type VoteLine,
  type VoteOutcome,
} from './feedbackRecords.js';
import { parseRecord, readLinesForward } from './jsonLines.js';
import { LineAppender } from './lineAppender.js';
import { groupQuestions, type ReviewItem } from './reviewQueue.js';
import { SerialQueue } from './serialQueue.js';

// The review-queue key of a question, for callers that want to link a question to its group.
export { groupKeyOf } from './reviewQueue.js';
export type { FeedbackStats, QuestionEvent, ReviewGroup, VoteEvent, VoteOutcome } from './feedbackRecords.js';

export interface FeedbackLogOptions {
  dataDir: string;
  /** How many recent unanswered questions are kept in memory for the review queue (default 5,000). */
  tailSize?: number;
  /** How many recent votes are kept in memory to make votes one per user (default 50,000). */
  maxVotes?: number;
  logger?: Logger;
}

// A question longer than this is not a question (the matcher refuses past 500); keep the log small.
const MAX_STORED_QUESTION = 1000;

/**
 * What readers asked and how they rated the answers, as JSON Lines in dataDir
 * (questions.jsonl, votes.jsonl, review-dismissed.jsonl): the files are the
 * record; memory holds running totals and a bounded tail for the review queue.
 */
export class FeedbackLog {
  private asked = 0;
  private answered = 0;
  private readonly answersByEntry = new Map<string, number>();
  private readonly unanswered: ReviewItem[] = [];
  private readonly votes = new Map<string, VoteLine>();
  private readonly dismissed = new Map<string, string>();
  private readonly queue = new SerialQueue();
  // One handle per file, kept open while records keep coming, not an open and close per record.
  private readonly files: { questions: LineAppender; votes: LineAppender; dismissed: LineAppender };
  private readonly tailSize: number;
  private readonly maxVotes: number;

  private constructor(private readonly options: FeedbackLogOptions) {
    const { dataDir } = options;
    this.files = {
      questions: new LineAppender(join(dataDir, 'questions.jsonl')),
      votes: new LineAppender(join(dataDir, 'votes.jsonl')),
      dismissed: new LineAppender(join(dataDir, 'review-dismissed.jsonl')),
    };
    this.tailSize = options.tailSize ?? 5_000;
    this.maxVotes = options.maxVotes ?? 50_000;
  }

  /** Reads the existing logs (skipping damaged lines) so totals survive a restart. */
  static async open(options: FeedbackLogOptions): Promise<FeedbackLog> {
    await mkdir(options.dataDir, { recursive: true });
    const log = new FeedbackLog(options);
    await log.replay();
    return log;
  }

  recordQuestion(event: QuestionEvent): Promise<void> {
    const line: QuestionLine = {
      time: isoTime(event.time),
      question: event.question.slice(0, MAX_STORED_QUESTION),
      answered: event.answered,
      entryId: event.entryId,
      confidence: event.confidence,
      nearestId: event.nearestId,
      guildId: event.guildId,
      channelId: event.channelId,
    };
    // Counted when handed in, so stats agree with what the asker was told without waiting for the
    // disk (one that then fails to write is counted until a restart). Resolves once written.
    this.countQuestion(line);
    return this.files.questions.append(JSON.stringify(line));
  }

  /** One vote per user per answer: voting again on the same question and entry replaces the earlier vote. */
  recordVote(event: VoteEvent): Promise<VoteOutcome> {
    const question = event.question.slice(0, MAX_STORED_QUESTION);
    const key = contentHash(JSON.stringify([event.userId, event.entryId, question])).slice(0, 32);
    const line: VoteLine = { time: isoTime(event.time), key, entryId: event.entryId, question, helpful: event.helpful };
    return this.queue.run(async () => {
      await this.files.votes.append(JSON.stringify(line));
      const replaced = this.countVote(line);
      return { replaced, firstVote: !replaced };
    });
  }

  /** Unanswered and not-helpful questions, near-identical ones grouped, most frequent first. */
  reviewQueue(limit = 25): ReviewGroup[] {
    return groupQuestions(this.reviewItems(), this.dismissed).slice(0, limit);
  }

  /** Hides a group from the review queue until the question is asked again; false if there is no such group. */
  dismiss(groupKey: string): Promise<boolean> {
    return this.queue.run(async () => {
      if (!groupQuestions(this.reviewItems(), this.dismissed).some((g) => g.key === groupKey)) return false;
      const line = { time: new Date().toISOString(), groupKey };
      await this.files.dismissed.append(JSON.stringify(line));
      this.dismissed.set(groupKey, line.time);
      return true;
    });
  }

  stats(top = 5): FeedbackStats {
    const votes = [...this.votes.values()];
    const topEntries = [...this.answersByEntry]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, top)
      .map(([entryId, count]) => ({ entryId, count }));
    const topUnanswered = groupQuestions(this.unanswered, new Map())
      .slice(0, top)
      .map(({ key, question, count }) => ({ key, question, count }));
    return {
      asked: this.asked,
      answered: this.answered,
      answeredShare: this.asked ? this.answered / this.asked : 0,
      topEntries,
      topUnanswered,
      helpful: votes.filter((v) => v.helpful).length,
      notHelpful: votes.filter((v) => !v.helpful).length,
    };
  }

  /** Resolves once every record handed in so far is written. */
  async idle(): Promise<void> {
    await this.queue.idle();
    await Promise.all(Object.values(this.files).map((file) => file.idle()));
  }

  /** Writes what is pending and closes the files (they reopen if more is recorded). */
  async close(): Promise<void> {
    await this.queue.idle();
    await Promise.all(Object.values(this.files).map((file) => file.close()));
  }

  private *reviewItems(): Generator<ReviewItem> {
    yield* this.unanswered;
    for (const vote of this.votes.values()) {
      if (!vote.helpful) yield { question: vote.question, nearestId: vote.entryId, time: vote.time, kind: 'not-helpful' };
    }
  }

  private countQuestion(line: QuestionLine): void {
    this.asked++;
    if (line.answered) {
      this.answered++;
      if (line.entryId) this.answersByEntry.set(line.entryId, (this.answersByEntry.get(line.entryId) ?? 0) + 1);
      return;
    }
    this.unanswered.push({ question: line.question, nearestId: line.nearestId, time: line.time, kind: 'unanswered' });
    if (this.unanswered.length > this.tailSize) this.unanswered.shift();
  }

  // Returns whether the vote replaced an earlier one by the same reader on the same answer.
  private countVote(line: VoteLine): boolean {
    const replaced = this.votes.delete(line.key);
    // Re-inserting keeps the map in order of last vote, so the oldest votes are the ones forgotten.
    this.votes.set(line.key, line);
    if (this.votes.size > this.maxVotes) {
      const oldest = this.votes.keys().next();
      if (!oldest.done) this.votes.delete(oldest.value);
    }
    return replaced;
  }

  private async replay(): Promise<void> {
    let damaged = 0;
    for await (const text of readLinesForward(this.files.questions.path)) {
      const line = parseRecord(text, questionLineSchema);
      if (line) this.countQuestion(line);
      else if (text.trim()) damaged++;
    }
    for await (const text of readLinesForward(this.files.votes.path)) {
      const line = parseRecord(text, voteLineSchema);
      if (line) this.countVote(line);
      else if (text.trim()) damaged++;
    }
    for await (const text of readLinesForward(this.files.dismissed.path)) {
      const line = parseRecord(text, dismissLineSchema);
      if (line) this.dismissed.set(line.groupKey, line.time);
      else if (text.trim()) damaged++;
    }
    if (damaged) {
      const logger = this.options.logger ?? createLogger({ level: 'info' });
      logger.warn('feedback-lines-skipped', { damaged, dataDir: this.options.dataDir });
    }
  }
}

// Times are stored in one format, so that comparing the strings compares the times.
function isoTime(time: Date | string | undefined): string {
  const date = time === undefined ? new Date() : new Date(time);
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}
