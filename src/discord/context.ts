/**
 * What the bot needs from the rest of the program, as small interfaces, so the
 * Discord side does not care whether knowledge comes from a fixed load or a live
 * store, or where feedback is written. The live KnowledgeStore and FeedbackStore
 * satisfy them as they are.
 */
import type { Config } from '../config.js';
import type { AuditRecord, EditActor } from '../knowledge/auditLog.js';
import { entryVersion } from '../knowledge/contentHash.js';
import { KnowledgeEditError } from '../knowledge/editErrors.js';
import type { FeedbackStats, QuestionEvent, ReviewGroup, VoteEvent } from '../knowledge/feedbackRecords.js';
import type { Knowledge } from '../knowledge/load.js';
import type { EntryDraft, EntryPatch } from '../knowledge/qaDocument.js';
import { groupQuestions, type ReviewItem } from '../knowledge/reviewQueue.js';
import type { EditResult, KnowledgeProblem, ReloadReport } from '../knowledge/storeTypes.js';
import { Matcher } from '../matching/matcher.js';
import type { Logger } from '../logger.js';
import type { Cooldown } from './cooldown.js';
import { findEntry } from '../knowledge/schema.js';
import { countPerDay } from './render/statsChart.js';

export interface KnowledgeSource {
  /** Read once per question: a store may swap it for a new version at any time. */
  readonly current: { readonly knowledge: Knowledge; readonly matcher: Matcher };
}

/**
 * Changes to the knowledge, for moderators (/kb): the KnowledgeStore's editing API.
 * Refusals are KnowledgeEditErrors whose messages are written for the moderator.
 */
export interface KnowledgeEditor {
  /** Why the latest change on disk (or reload) was not loaded; null while good knowledge is in use. */
  readonly lastProblem: KnowledgeProblem | null;
  /** The entry's version, to hand back with an edit so a stale edit is refused; null for an unknown id. */
  versionOf(id: string): string | null;
  add(draft: EntryDraft, actor: EditActor): Promise<EditResult>;
  update(id: string, patch: EntryPatch, actor: EditActor, expectedVersion: string): Promise<EditResult>;
  remove(id: string, actor: EditActor, expectedVersion?: string): Promise<EditResult>;
  addAlternate(id: string, question: string, actor: EditActor): Promise<EditResult>;
  undo(actor: EditActor): Promise<EditResult>;
  reload(): Promise<ReloadReport>;
  /** Audit records, newest first; with an id, those about that entry. */
  history(entryId?: string, limit?: number): Promise<AuditRecord[]>;
}

// The bot always stamps its records, so `time` is required here where the log defaults it.
export type QuestionRecord = QuestionEvent & { time: string };
export type VoteRecord = VoteEvent & { time: string };

export interface FeedbackSink {
  recordQuestion(record: QuestionRecord): void | Promise<void>;
  /** `firstVote` is false when this user already rated this entry: the vote then replaces theirs, never adds to it. */
  recordVote(vote: VoteRecord): { firstVote: boolean } | Promise<{ firstVote: boolean }>;
}

/** What readers asked and rated, for moderators: the FeedbackStore's review queue and totals. */
export interface FeedbackReview {
  /** Unanswered and not-helpful questions, near-identical ones grouped, most frequent first. */
  reviewQueue(limit?: number): Promise<ReviewGroup[]>;
  /** Hides a group until its question is asked again; false when there is no such group. */
  dismiss(groupKey: string): Promise<boolean>;
  stats(top?: number): Promise<FeedbackStats>;
  /** Deletes every vote this user made; resolves with how many. */
  forgetUser(userId: string): Promise<number>;
}

export interface BotContext {
  config: Config;
  knowledge: KnowledgeSource & KnowledgeEditor;
  feedback: FeedbackSink & FeedbackReview;
  cooldown: Cooldown;
  logger: Logger;
}

/** Knowledge that never changes: for tests, and for running without the live store. Edits are refused. */
export function staticKnowledge(knowledge: Knowledge): KnowledgeSource & KnowledgeEditor {
  const current = Object.freeze({ knowledge, matcher: new Matcher(knowledge.entries) });
  const refuse = () => Promise.reject(new KnowledgeEditError('this knowledge is fixed (no knowledge store): it cannot be changed'));
  return {
    current,
    lastProblem: null,
    versionOf: (id) => {
      const entry = findEntry(knowledge.entries, id);
      return entry ? entryVersion(entry) : null;
    },
    add: refuse,
    update: refuse,
    remove: refuse,
    addAlternate: refuse,
    undo: refuse,
    reload: refuse,
    history: () => Promise.resolve([]),
  };
}

export interface MemoryFeedback extends FeedbackSink, FeedbackReview {
  readonly questions: readonly QuestionRecord[];
  /** One vote per user per entry: a repeat vote replaces the earlier one (as the feedback log does). */
  readonly votes: readonly VoteRecord[];
}

/** Feedback kept in memory (lost on restart): for tests and local runs. */
export function memoryFeedback(): MemoryFeedback {
  const questions: QuestionRecord[] = [];
  const votes: VoteRecord[] = [];
  const dismissed = new Map<string, string>();
  // The same grouping as the feedback log, over what is held here.
  const reviewItems = (): ReviewItem[] => [
    ...questions.filter((q) => !q.answered).map((q) => ({ ...q, kind: 'unanswered' as const })),
    ...votes.filter((v) => !v.helpful).map((v) => ({ ...v, nearestId: v.entryId, kind: 'not-helpful' as const })),
  ];
  return {
    questions,
    votes,
    reviewQueue: (limit = 25) => Promise.resolve(groupQuestions(reviewItems(), dismissed).slice(0, limit)),
    dismiss(groupKey) {
      const known = groupQuestions(reviewItems(), dismissed).some((g) => g.key === groupKey);
      if (known) dismissed.set(groupKey, new Date().toISOString());
      return Promise.resolve(known);
    },
    stats(top = 5) {
      return Promise.resolve(memoryStats(top));
    },
    forgetUser(userId) {
      const before = votes.length;
      votes.splice(0, votes.length, ...votes.filter((v) => v.userId !== userId));
      return Promise.resolve(before - votes.length);
    },
    recordQuestion(record) {
      questions.push(record);
    },
    recordVote(vote) {
      const earlier = votes.findIndex((v) => v.entryId === vote.entryId && v.userId === vote.userId);
      if (earlier === -1) votes.push(vote);
      else votes[earlier] = vote;
      return { firstVote: earlier === -1 };
    },
  };

  function memoryStats(top: number): FeedbackStats {
    const answered = questions.filter((q) => q.answered);
    const counts = new Map<string, number>();
    for (const q of answered) if (q.entryId) counts.set(q.entryId, (counts.get(q.entryId) ?? 0) + 1);
    return {
      asked: questions.length,
      answered: answered.length,
      answeredShare: questions.length ? answered.length / questions.length : 0,
      topEntries: [...counts].sort(([, a], [, b]) => b - a).slice(0, top).map(([entryId, count]) => ({ entryId, count })),
      topUnanswered: groupQuestions(reviewItems().filter((i) => i.kind === 'unanswered'), new Map())
        .slice(0, top)
        .map(({ key, question, count }) => ({ key, question, count })),
      helpful: votes.filter((v) => v.helpful).length,
      notHelpful: votes.filter((v) => !v.helpful).length,
      daily: countPerDay(questions, new Date()),
    };
  }
}
