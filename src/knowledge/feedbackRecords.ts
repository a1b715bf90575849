import { z } from 'zod';

/** A question the bot was asked, and what it did with it. Nothing about who asked is kept. */
export interface QuestionEvent {
  question: string;
  answered: boolean;
  /** The entry that answered, when one did. */
  entryId: string | null;
  confidence: number;
  /** The closest entry even when the bot abstained: where a moderator would add an alternate. */
  nearestId: string | null;
  guildId: string | null;
  channelId: string | null;
  /** A Date or an ISO 8601 string; defaults to now. */
  time?: Date | string;
}

/** A reader's 👍/👎 on one answer. The user id only makes the vote one per user; it is not stored. */
export interface VoteEvent {
  entryId: string;
  question: string;
  helpful: boolean;
  userId: string;
  /** A Date or an ISO 8601 string; defaults to now. */
  time?: Date | string;
}

export interface VoteOutcome {
  /** True when the same reader had already rated this answer: the new vote replaced the old one. */
  replaced: boolean;
  /** The opposite of `replaced`, for callers that speak of first votes. */
  firstVote: boolean;
}

// The lines of the JSON-lines files the bot kept before the database, read once by the import.
export const questionLineSchema = z.object({
  time: z.string(),
  question: z.string(),
  answered: z.boolean(),
  entryId: z.string().nullable(),
  confidence: z.number(),
  nearestId: z.string().nullable(),
  guildId: z.string().nullable(),
  channelId: z.string().nullable(),
});
export type QuestionLine = z.infer<typeof questionLineSchema>;

export const voteLineSchema = z.object({
  time: z.string(),
  /** A hash of user, entry and question: the same reader voting again on the same answer gets the same key. */
  key: z.string(),
  entryId: z.string(),
  question: z.string(),
  helpful: z.boolean(),
});
export type VoteLine = z.infer<typeof voteLineSchema>;

export const dismissLineSchema = z.object({
  time: z.string(),
  groupKey: z.string(),
});
export type DismissLine = z.infer<typeof dismissLineSchema>;

/** Questions that seem to ask the same thing, for a moderator to answer once. */
export interface ReviewGroup {
  /** Stable for the same wording (pass it to dismiss); short enough for a Discord custom id. */
  key: string;
  count: number;
  /** The commonest phrasing in the group (the latest among equals). */
  question: string;
  /** The entry these questions came closest to, if any. */
  nearestId: string | null;
  unanswered: number;
  notHelpful: number;
  /** ISO time of the latest question in the group. */
  lastAsked: string;
}

export interface FeedbackStats {
  asked: number;
  answered: number;
  /** answered / asked, 0 when nothing was asked. */
  answeredShare: number;
  topEntries: Array<{ entryId: string; count: number }>;
  topUnanswered: Array<{ key: string; question: string; count: number }>;
  helpful: number;
  notHelpful: number;
  /** The last 30 days, oldest first, by UTC day: how many questions were answered and not. */
  daily: DailyCounts[];
}

export interface DailyCounts {
  /** YYYY-MM-DD (UTC). */
  day: string;
  answered: number;
  unanswered: number;
}
