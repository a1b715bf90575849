import type { Entry } from '../knowledge/schema.js';
import { DECISION, probability, type DecisionModel, type Evidence } from './decision.js';
import { LANGUAGES, type Language } from './languages.js';
import { detectLanguage } from './language.js';
import { Reading, type Read } from './reading.js';
import { questionInContext, segmentsOf } from './segments.js';

export type { Candidate } from './coverage.js';
export type { Language } from './languages.js';
import type { Candidate } from './coverage.js';

export type MatchReason = 'answered' | 'empty' | 'too-long' | 'not-covered' | 'ambiguous';

export interface MatchOptions {
  /** How many ranked candidates to return (default 5). */
  limit?: number;
  /** The asker's Discord locale ("es-ES", "en-US"…), a hint for short or mixed questions. */
  locale?: string;
}

export interface MatchResult {
  question: string;
  answered: boolean;
  entry: Entry | null;
  /** 0–1: the decision's probability that the best entry answers the question. */
  confidence: number;
  reason: MatchReason;
  /** The language the question was asked in, and so the one to answer in. */
  language: Language;
  /** The best entries, best first, whether or not the question was answered. */
  candidates: readonly Candidate[];
  /** Up to three near entries for a "did you mean", never the answered one. */
  suggestions: readonly Entry[];
  /** What the decision weighed, for calibration and for moderators' dry runs. */
  evidence: Evidence | null;
}

// Discord messages can be 2,000 characters (4,000 with Nitro). Longer text is not a
// question, and refusing it keeps the answer path's work bounded.
export const MAX_QUESTION_LENGTH = 2000;
const MAX_SUGGESTIONS = 3;

/**
 * Answers a question with the entry that covers it, or stays silent. Each language
 * has its own index over its side of the entries; a question is read in the language
 * it is written in, and a long message is read sentence by sentence as well as whole.
 */
export class Matcher {
  private readonly readings: ReadonlyMap<Language, Reading>;

  constructor(
    entries: readonly Entry[],
    private readonly model: Readonly<DecisionModel> = DECISION,
  ) {
    this.readings = new Map(LANGUAGES.map((language) => [language.code, new Reading(entries, language)]));
  }

  get size(): number {
    return this.reading('en').size;
  }

  match(question: string, options: MatchOptions = {}): MatchResult {
    const limit = Math.max(options.limit ?? 5, MAX_SUGGESTIONS + 1);
    const language = this.languageOf(question, options.locale);
    const reading = this.reading(language);
    const noAnswer = (reason: MatchReason): MatchResult => ({
      question, answered: false, entry: null, confidence: 0, reason, language, candidates: [], suggestions: [], evidence: null,
    });
    if (question.length > MAX_QUESTION_LENGTH) return noAnswer('too-long');
    // The question is the part of the message the knowledge covers best: the whole
    // message, or for a long one the sentence that asks, read with the rest of the message
    // as its context ("who said that?" after the chatter that says what). Chosen without
    // the decision model, so that fitting the model does not change what it is fitted on.
    let best: (Read & { focus: number }) | null = null;
    const asked = questionInContext(question);
    const parts = asked ? [asked] : segmentsOf(question).map((text) => ({ text, context: '' }));
    const readings = [{ text: question, context: '' }, ...parts];
    for (const { text, context } of readings) {
      const read = reading.read(text, limit, context);
      if (!read) continue;
      const focus = read.curated ? 2 : read.evidence.confidence * (1 - read.evidence.unknownShare);
      if (!best || focus > best.focus) best = { ...read, focus };
    }
    if (!best) return noAnswer('empty');
    // A curated phrasing is answered whatever the model makes of its few words ("summary").
    const p = best.curated ? 1 : probability(this.model, best.evidence);
    const top = best.candidates[0];
    const answered = top !== undefined && p >= this.model.threshold;
    return {
      question,
      answered,
      entry: answered && top ? top.entry : null,
      confidence: p,
      reason: answered ? 'answered' : top && isAmbiguous(best.evidence, p, this.model) ? 'ambiguous' : 'not-covered',
      language,
      candidates: best.candidates.slice(0, options.limit ?? 5),
      suggestions: best.candidates
        .filter((c) => (!answered || c.entry !== top?.entry) && c.confidence >= this.model.suggest)
        .slice(0, MAX_SUGGESTIONS)
        .map((c) => c.entry),
      evidence: best.evidence,
    };
  }

  /** The entries ranked for a question, best first, with no decision made. */
  rank(question: string, limit = 5): Candidate[] {
    if (question.length > MAX_QUESTION_LENGTH) return [];
    return this.reading(this.languageOf(question)).read(question, limit)?.candidates ?? [];
  }

  private languageOf(question: string, locale?: string): Language {
    // Which language's knowledge the words belong to tips what the text alone leaves close ("resumen").
    const evidence = { en: this.reading('en').knownShare(question), es: this.reading('es').knownShare(question) };
    return detectLanguage(question, locale ? { locale, evidence } : { evidence });
  }

  private reading(language: Language): Reading {
    const reading = this.readings.get(language) ?? this.readings.get('en');
    if (!reading) throw new Error('the matcher has no English reading');
    return reading;
  }
}

/**
 * Two entries from different paragraphs cover the question about equally. A question
 * asking for a kind of answer the best entry does not give (a height, a date) is not
 * ambiguous between entries: the article does not cover it; nor is one the decision
 * gives little chance (the weather in Bogotá shares one word with two entries).
 */
function isAmbiguous(evidence: Evidence, probability: number, model: Readonly<DecisionModel>): boolean {
  return evidence.kindMismatch === 0 && evidence.lead < 0.02 && evidence.confidence > model.suggest && probability >= model.suggest;
}
