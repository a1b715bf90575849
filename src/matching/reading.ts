import type { Entry } from '../knowledge/schema.js';
import { kindsAsked, isNegated } from './answerKind.js';
import type { Evidence } from './decision.js';
import { KnowledgeIndex, sum, type IndexedEntry } from './knowledgeIndex.js';
import type { LanguageSupport } from './languages.js';
import { asksForOther, Mismatch } from './mismatch.js';
import { QUESTION_TERMS } from './normalise.js';
import { coverage, phrasingOverlap, type Candidate, type QueryTerm } from './coverage.js';
import { DetailChecks } from './checkedDetail.js';
import { quotingEntries } from './quoted.js';
import { Retrieval } from './retrieval.js';

/** A question as read in one language: its ranked entries and the evidence about the best one. */
export interface Read {
  candidates: Candidate[];
  evidence: Evidence;
  /** True when the question is, term for term, a way of asking that only its best entry has. */
  curated: boolean;
}

// How many entries are retrieved to find the best one's rival from another paragraph.
const RIVALS = 8;
// Chosen on the tuning half: top-1 right 368 of 456 at 0.5, against 363 without it.
const KIND_PENALTY = 0.5;
// A term in more entries than this (and than this share of them) is too common to search by.
const COMMON_TERM_ENTRIES = 200;
const COMMON_TERM_SHARE = 0.02;
// The rest of a long message tells what its question's "that" or "he" is about, but it
// is chatter around the question, so its words count for less than the question's own.
const CONTEXT_WEIGHT = 0.35;

/** The knowledge as one language reads it: that language's index and ranker. */
export class Reading {
  private readonly index: KnowledgeIndex;
  private readonly retrieval: Retrieval;
  private readonly byEntry: ReadonlyMap<Entry, IndexedEntry>;
  private readonly mismatch: Mismatch;
  private readonly details: DetailChecks;

  constructor(entries: readonly Entry[], private readonly language: LanguageSupport) {
    const { analyzer, sideOf } = language;
    this.index = new KnowledgeIndex(entries, analyzer, sideOf, language.vocabulary);
    const termsOf = (text: string) => analyzer.words(text).flatMap((w) => analyzer.term(w) ?? []);
    this.retrieval = new Retrieval(entries, sideOf, termsOf);
    this.byEntry = new Map(this.index.entries.map((indexed) => [indexed.entry, indexed]));
    this.mismatch = new Mismatch(entries, this.index, language);
    this.details = new DetailChecks(analyzer);
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

  /** The share (0–1) of the text's terms that this language's knowledge uses: evidence for which language it is in. */
  knownShare(text: string): number {
    // Words as written, no typo correction: a correction would itself assume the language.
    const terms = this.language.analyzer.words(text).flatMap((w) => this.language.analyzer.term(w) ?? []).filter((t) => !QUESTION_TERMS.has(t));
    return terms.length ? terms.filter((t) => this.index.has(t)).length / terms.length : 0;
  }

  /**
   * Ranks the entries for a text and gathers the evidence the decision weighs; null when
   * the text has no terms. `context`, the rest of a long message the text was asked in,
   * adds the knowledge's words it uses at a lower weight; its other words are chatter, and
   * neither ask for a kind of answer nor count as words nothing covers.
   */
  read(text: string, limit: number, context = ''): Read | null {
    const terms = this.analyse(text);
    if (terms.length === 0) return null;
    // Words the knowledge never uses cannot rank one entry above another; they are
    // weighed once, by the decision, as the share of the question nothing covers.
    const own = terms.filter((t) => this.index.has(t.term) || QUESTION_TERMS.has(t.term));
    const contextual = this.contextTerms(context, own);
    const known = [...own, ...contextual];
    const topical = known.filter((t) => !QUESTION_TERMS.has(t.term));
    // Coverage is of the question's own words: what the context adds can only help an entry.
    const knownTotal = sum(own.map((t) => t.weight));
    const boost = new Map([...own.map((t) => [t.term, t.similarity] as const), ...contextual.map((t) => [t.term, t.similarity * CONTEXT_WEIGHT] as const)]);
    // A question made only of question words ("what time is it?") is about nothing in particular.
    const retrieved = topical.length ? this.retrieval.retrieve(this.retrievalTerms(topical), (t) => boost.get(t) ?? 1, Math.max(limit, RIVALS)) : [];
    const asked = kindsAsked(terms.map((t) => t.term));
    const quotes = quotingEntries(text, this.language.analyzer, this.index.entries);
    const missing = [...quotes.entries].filter((position) => !retrieved.some((r) => r.position === position));
    const scored = [...retrieved, ...missing.map((position) => ({ position, score: 0 }))].flatMap(({ position, score }) => {
      const indexed = this.index.entries[position];
      if (!indexed) return [];
      // An entry that does not give the kind of answer asked ("why" to a "what") ranks lower.
      const ranking = asksForOther(asked, indexed) ? score * KIND_PENALTY : score;
      const quoted = quotes.entries.has(position) ? quotes.terms : undefined;
      return [{ entry: indexed.entry, confidence: Math.min(1, coverage(indexed, known, knownTotal, quoted)), ranking, quoted: quoted !== undefined, context: indexed.sourceWords.length }];
    });
    // An entry whose own source holds, word for word, a phrase the question quotes is what it
    // asks about; of several, the one that says the most around the quoted words, as what a
    // quote means, where it comes from or who it is about lies around it.
    scored.sort((a, b) => Number(b.quoted) - Number(a.quoted) || (a.quoted && b.quoted && !asked.includes('who') ? b.context - a.context : 0) || b.ranking - a.ranking);
    // A question that is, term for term, one of an entry's own ways of asking is the one
    // curators wrote that entry for ("Add as alternate" relies on it): that entry leads.
    // A typo counts only in a name ("pastrna"): a word corrected into another word may be the wrong one ("galn" → "gain").
    const exact = terms.length === known.length && known.every((t) => t.similarity === 1 || this.mismatch.isNameTerm(t.term));
    const found = !context && exact ? this.curatedFor(known, scored.map((s) => s.entry)) : null;
    const foundIndexed = found ? this.byEntry.get(found) : undefined;
    const curated = foundIndexed && !this.mismatch.inWordsAnalysisDrops({ text, context, terms, own, asked }, foundIndexed) ? found : null;
    if (curated) scored.sort((a, b) => Number(b.entry === curated) - Number(a.entry === curated));
    const candidates = scored.map(({ entry, confidence }) => ({ entry, confidence }));
    const best = candidates[0];
    const indexed = best ? this.byEntry.get(best.entry) : undefined;
    // A weekday or count a yes/no question checks against the best entry's own is no unknown word.
    const checked = indexed ? this.details.checked(text, terms.filter((t) => !this.index.has(t.term)).map((t) => t.term), indexed.source) : new Set<string>();
    const unchecked = terms.filter((t) => !checked.has(t.term));
    const total = sum(unchecked.map((t) => t.weight));
    const unknown = total - knownTotal;
    const confidence = best?.confidence ?? 0;
    const [first, ...rest] = scored;
    const rival = rest.find((r) => r.entry.paragraph !== best?.entry.paragraph);
    const evidence: Evidence = {
      confidence,
      lead: best ? confidence - runnerUp(candidates, best) : 0,
      scoreLead: scoreLead(first?.ranking ?? 0, rival?.ranking ?? 0),
      overlap: indexed ? phrasingOverlap(indexed, known, (t) => this.index.weight(t)) : 0,
      // BM25 and coverage weigh the question differently; when they pick the same entry, it is likelier
      // right. Entries quoting the same paragraph give the same source, so one of them covering more is no rival.
      agreement: best && candidates.every((c) => c.confidence <= confidence || c.entry.paragraph === best.entry.paragraph) ? 1 : 0,
      unknownShare: total ? unknown / total : 0,
      kindMismatch: indexed && this.mismatch.of({ text, context, terms: unchecked, own, asked }, indexed) ? 1 : 0,
      negationMismatch: indexed && isNegated(text) && !indexed.negated ? 1 : 0,
      // The context's words the entry uses say what the question is about, at the context's weight.
      topicalTerms: Math.log1p(own.filter((t) => !QUESTION_TERMS.has(t.term)).length + CONTEXT_WEIGHT * contextual.filter((t) => indexed?.allTerms.has(t.term)).length),
      quoted: first?.quoted ? 1 : 0,
      inContext: context ? 1 : 0,
    };
    return { candidates: candidates.slice(0, limit), evidence, curated: curated !== null };
  }

  /** The knowledge's topical words in a question's context that the question does not use, weighed down. */
  private contextTerms(context: string, own: readonly QueryTerm[]): QueryTerm[] {
    if (!context) return [];
    const asked = new Set(own.map((t) => t.term));
    return this.analyse(context)
      .filter((t) => this.index.has(t.term) && !QUESTION_TERMS.has(t.term) && !asked.has(t.term))
      .map((t) => ({ ...t, weight: t.weight * CONTEXT_WEIGHT }));
  }

  /** The one entry among `found` with a phrasing of exactly the question's terms, or null (none, or several). */
  private curatedFor(known: readonly QueryTerm[], found: readonly Entry[]): Entry | null {
    const wanted = new Set(known.map((t) => t.term));
    const exact = found.filter((entry) =>
      this.byEntry.get(entry)?.phrasings.some((p) => p.terms.size === wanted.size && [...wanted].every((t) => p.terms.has(t))),
    );
    return exact.length === 1 ? (exact[0] ?? null) : null;
  }

  /**
   * The terms retrieval searches with. In a large knowledge a term used by thousands of
   * entries ("said") adds almost nothing to BM25 but costs a score for each of them, so
   * such terms are left out when rarer ones remain; coverage still counts them.
   */
  private retrievalTerms(topical: readonly QueryTerm[]): string[] {
    const common = Math.max(COMMON_TERM_ENTRIES, this.size * COMMON_TERM_SHARE);
    const rare = topical.filter((t) => this.index.entryCount(t.term) <= common);
    return (rare.length ? rare : topical).map((t) => t.term);
  }
}

/**
 * The confidence of the best entry that would answer differently. Entries quoting the
 * same paragraph give the same source, so a close race between them is not ambiguity.
 */
function runnerUp(candidates: readonly Candidate[], best: Candidate): number {
  return candidates.find((c) => c.entry.paragraph !== best.entry.paragraph)?.confidence ?? 0;
}

/**
 * The best entry's lead in BM25 score over its rival from another paragraph, as a share of
 * its own score (−1–1). An entry put first by a quoted phrase may have no BM25 score at all.
 */
function scoreLead(best: number, rival: number): number {
  return best > 0 ? Math.max(-1, (best - rival) / best) : 0;
}
