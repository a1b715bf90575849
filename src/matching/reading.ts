import type { Entry } from '../knowledge/schema.js';
import { attributesAsked, kindsAsked, isNegated, type AnswerKind } from './answerKind.js';
import type { Evidence } from './decision.js';
import { KnowledgeIndex, sum, type IndexedEntry } from './knowledgeIndex.js';
import type { LanguageSupport } from './languages.js';
import { QUESTION_TERMS } from './normalise.js';
import { Ranker, type Candidate, type QueryTerm } from './ranking.js';

/** A question as read in one language: its ranked entries and the evidence about the best one. */
export interface Read {
  candidates: Candidate[];
  evidence: Evidence;
}

/** The knowledge as one language reads it: that language's index and ranker. */
export class Reading {
  private readonly index: KnowledgeIndex;
  private readonly ranker: Ranker;
  private readonly byEntry: ReadonlyMap<Entry, IndexedEntry>;

  constructor(entries: readonly Entry[], private readonly language: LanguageSupport) {
    this.index = new KnowledgeIndex(entries, language.analyzer, language.sideOf, language.vocabulary);
    this.ranker = new Ranker(this.index);
    this.byEntry = new Map(this.index.entries.map((indexed) => [indexed.entry, indexed]));
  }

  get size(): number {
    return this.index.entries.length;
  }

  /** The question's terms in this language, each with its weight and, when it was a typo, how close the correction is. */
  analyse(text: string): QueryTerm[] {
    const terms = new Map<string, QueryTerm>();
    for (const word of this.language.analyzer.words(text)) {
      const resolved = this.index.resolve(word);
      if (!resolved) continue;
      const known = terms.get(resolved.term);
      if (!known || known.similarity < resolved.similarity) {
        terms.set(resolved.term, { ...resolved, weight: this.index.weight(resolved.term) });
      }
    }
    return [...terms.values()];
  }

  /** Ranks the entries for a text and gathers the evidence the decision weighs; null when the text has no terms. */
  read(text: string, limit: number): Read | null {
    const terms = this.analyse(text);
    if (terms.length === 0) return null;
    // Words the knowledge never uses cannot rank one entry above another; they are
    // weighed once, by the decision, as the share of the question nothing covers.
    const known = terms.filter((t) => this.index.has(t.term) || QUESTION_TERMS.has(t.term));
    const candidates = known.length ? this.ranker.rank(known, limit) : [];
    const best = candidates[0];
    const total = sum(terms.map((t) => t.weight));
    const unknown = total - sum(known.map((t) => t.weight));
    const topical = known.filter((t) => !QUESTION_TERMS.has(t.term));
    const confidence = best?.confidence ?? 0;
    const indexed = best ? this.byEntry.get(best.entry) : undefined;
    const asked = kindsAsked(terms.map((t) => t.term));
    const evidence: Evidence = {
      confidence,
      lead: best ? confidence - runnerUp(candidates, best) : 0,
      unknownShare: total ? unknown / total : 0,
      kindMismatch: indexed && (this.asksForOther(asked, indexed) || this.asksForAttribute(text, indexed) || this.asksForOtherNumber(terms, indexed)) ? 1 : 0,
      negationMismatch: indexed && isNegated(text) && !indexed.negated ? 1 : 0,
      topicalTerms: Math.log1p(topical.length),
    };
    return { candidates, evidence };
  }

  private asksForOther(asked: readonly AnswerKind[], indexed: IndexedEntry): boolean {
    return asked.length > 0 && !asked.some((k) => indexed.kinds.has(k));
  }

  /** A number in the question ("in 2019") that the entry never states asks about another fact. */
  private asksForOtherNumber(terms: readonly QueryTerm[], indexed: IndexedEntry): boolean {
    return terms.some((t) => /^\d+$/.test(t.term) && !indexed.allTerms.has(t.term));
  }

  private asksForAttribute(text: string, indexed: IndexedEntry): boolean {
    const side = this.language.sideOf(indexed.entry);
    const own = [side.source, ...side.phrasings].join(' ').toLowerCase();
    return attributesAsked(text).some((attribute) => !own.includes(attribute));
  }
}

/**
 * The confidence of the best entry that would answer differently. Entries quoting the
 * same paragraph give the same source, so a close race between them is not ambiguity.
 */
export function runnerUp(candidates: readonly Candidate[], best: Candidate): number {
  return candidates.find((c) => c.entry.paragraph !== best.entry.paragraph)?.confidence ?? 0;
}
