/**
 * What the bot needs from the rest of the program, as two small interfaces, so
 * the Discord side does not care whether knowledge comes from a fixed load or a
 * live store, or where feedback is written.
 */
import type { Config } from '../config.js';
import type { Knowledge } from '../knowledge/load.js';
import { Matcher } from '../matching/matcher.js';
import type { Logger } from '../logger.js';
import type { Cooldown } from './cooldown.js';

export interface KnowledgeSource {
  /** Read once per question: a store may swap it for a new version at any time. */
  readonly current: { readonly knowledge: Knowledge; readonly matcher: Matcher };
}

export interface QuestionRecord {
  question: string;
  answered: boolean;
  entryId: string | null;
  confidence: number;
  /** The best entry whether or not it answered: what the knowledge came closest to. */
  nearestId: string | null;
  guildId: string | null;
  channelId: string | null;
  /** ISO 8601. */
  time: string;
}

export interface VoteRecord {
  entryId: string;
  /** The question the rated answer was shown for: the entry's own question, which the embed title shows. */
  question: string;
  helpful: boolean;
  userId: string;
  /** ISO 8601. */
  time: string;
}

export interface FeedbackSink {
  recordQuestion(record: QuestionRecord): void | Promise<void>;
  /** `firstVote` is false when this user already rated this entry: the vote then replaces theirs, never adds to it. */
  recordVote(vote: VoteRecord): { firstVote: boolean } | Promise<{ firstVote: boolean }>;
}

export interface BotContext {
  config: Config;
  knowledge: KnowledgeSource;
  feedback: FeedbackSink;
  cooldown: Cooldown;
  logger: Logger;
}

/** Knowledge that never changes: for tests, and for running without the live store. */
export function staticKnowledge(knowledge: Knowledge): KnowledgeSource {
  const current = Object.freeze({ knowledge, matcher: new Matcher(knowledge.entries) });
  return { current };
}

export interface MemoryFeedback extends FeedbackSink {
  readonly questions: readonly QuestionRecord[];
  /** One vote per user per entry: a repeat vote replaces the earlier one (as the feedback log does). */
  readonly votes: readonly VoteRecord[];
}

/** Feedback kept in memory (lost on restart): for tests and local runs. */
export function memoryFeedback(): MemoryFeedback {
  const questions: QuestionRecord[] = [];
  const votes: VoteRecord[] = [];
  return {
    questions,
    votes,
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
}
