/**
 * From a question (or a picked entry) to a reply, the same for every way of
 * asking: match, log, record, render. Sending is the caller's, through respond.ts.
 */
import { performance } from 'node:perf_hooks';
import { type Entry, findEntry } from '../knowledge/schema.js';
import type { MatchResult } from '../matching/matcher.js';
import type { BotContext, QuestionRecord } from './context.js';
import { renderAnswer } from './render/answer.js';
import { renderNoAnswer } from './render/noAnswer.js';
import type { Reply } from './respond.js';

export type QuestionSource = 'mention' | 'reply' | 'channel' | 'dm' | 'slash' | 'context-menu' | 'button';

/** Who asked, where, and how. */
export interface Asked {
  source: QuestionSource;
  guildId: string | null;
  channelId: string | null;
  /** Show the answer to the asker only (interactions); a no-answer is always shown to the asker only. */
  ephemeral: boolean;
}

export interface Answered {
  result: MatchResult;
  reply: Reply;
}

export async function answerQuestion(question: string, context: BotContext, asked: Asked): Promise<Answered> {
  const started = performance.now();
  const { knowledge, matcher } = context.knowledge.current;
  const result = matcher.match(question);
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const entryId = result.answered ? (result.entry?.id ?? null) : null;
  // The question text itself goes to the feedback record, not to logs that may be shipped elsewhere.
  context.logger.info('question', {
    source: asked.source,
    answered: result.answered,
    reason: result.reason,
    entryId,
    confidence: round(result.confidence),
    latencyMs,
    guildId: asked.guildId,
    channelId: asked.channelId,
  });
  // Not awaited: the feedback log counts a record as soon as it is handed in, so stats and the review
  // queue already agree with the reply; the disk write must not sit in front of the answer.
  void recordQuestion(context, {
    question,
    answered: result.answered,
    entryId,
    confidence: result.confidence,
    nearestId: result.candidates[0]?.entry.id ?? null,
    guildId: asked.guildId,
    channelId: asked.channelId,
    time: new Date().toISOString(),
  });
  const reply =
    result.answered && result.entry
      ? renderAnswer({
          entry: result.entry,
          article: knowledge.article,
          confidence: result.confidence,
          related: result.suggestions,
          ephemeral: asked.ephemeral,
        })
      : // Nobody but the asker needs to see that the article has no answer.
        renderNoAnswer({ question, reason: result.reason, suggestions: result.suggestions, ephemeral: true });
  return { result, reply };
}

/** The answer to an entry the user picked (a button, an autocomplete choice), or null when it no longer exists. */
export function answerEntry(entryId: string, context: BotContext, asked: Asked): Reply | null {
  const { knowledge, matcher } = context.knowledge.current;
  const entry: Entry | null = findEntry(knowledge.entries, entryId);
  context.logger.info('pick', { source: asked.source, entryId, found: entry !== null, guildId: asked.guildId });
  if (!entry) return null;
  // What else someone asking this might want: the entries closest to its own question.
  const related = matcher.match(entry.question).suggestions;
  return renderAnswer({ entry, article: knowledge.article, confidence: null, related, ephemeral: asked.ephemeral });
}

// A lost feedback record must not cost the user their answer.
async function recordQuestion(context: BotContext, record: QuestionRecord): Promise<void> {
  try {
    await context.feedback.recordQuestion(record);
  } catch (error) {
    context.logger.warn('feedback-record-failed', { kind: 'question', error });
  }
}

function round(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}
