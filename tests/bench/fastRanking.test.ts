import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKnowledge } from '../../src/bench/generateKnowledge.js';
import type { Entry } from '../../src/knowledge/schema.js';
import { KnowledgeIndex, sum } from '../../src/matching/knowledgeIndex.js';
import { languageSupport } from '../../src/matching/languages.js';
import { Matcher } from '../../src/matching/matcher.js';
import { QUESTION_TERMS, wordsOf } from '../../src/matching/normalise.js';
import { entries as fixture } from '../fixtures/knowledge.js';

/**
 * The matcher's scoring written the plain way, as it was before it was made fast
 * for large knowledge: every entry that shares a topical term is scored term by
 * term over its sets, then all are stable-sorted. The fast ranking (term at a
 * time, with pruning) must give exactly this, confidences to the last bit.
 */
function plainRank(index: KnowledgeIndex, question: string, limit: number): Array<[string, number]> {
  const terms = new Map<string, { term: string; similarity: number; weight: number }>();
  for (const word of wordsOf(question)) {
    const resolved = index.resolve(word);
    if (!resolved) continue;
    const known = terms.get(resolved.term);
    if (!known || known.similarity < resolved.similarity) terms.set(resolved.term, { ...resolved, weight: index.weight(resolved.term) });
  }
  // Words the knowledge never uses are left to the decision, not the ranking.
  const list = [...terms.values()].filter((t) => index.has(t.term) || QUESTION_TERMS.has(t.term));
  const total = sum(list.map((t) => t.weight));
  const positions = new Set(list.filter((t) => !QUESTION_TERMS.has(t.term)).flatMap((t) => entriesWith(index, t.term)));
  const scored: Array<[string, number]> = [];
  for (const position of positions) {
    const indexed = index.entries[position];
    if (!indexed) continue;
    let best = 0;
    for (const phrasing of indexed.phrasings) {
      let covered = 0;
      let echoed = 0;
      for (const { term, weight, similarity } of list) {
        if (phrasing.terms.has(term)) {
          covered += weight * similarity;
          echoed += weight;
        } else if (indexed.sourceTerms.has(term)) covered += weight * similarity * 0.6;
        else if (indexed.allTerms.has(term)) covered += weight * similarity * 0.5;
      }
      const echo = phrasing.mass > 0 ? Math.min(1, echoed / phrasing.mass) : 0;
      best = Math.max(best, (covered / total) * (1 - 0.25 + 0.25 * echo));
    }
    scored.push([indexed.entry.id, best]);
  }
  return scored.sort((a, b) => b[1] - a[1]).slice(0, limit);
}

const knowledge: Entry[] = generateKnowledge(fixture, 400, 21);
const matcher = new Matcher(knowledge);
const { analyzer, sideOf, vocabulary: words } = languageSupport('en');
const index = new KnowledgeIndex(knowledge, analyzer, sideOf, words);
const vocabulary = [...new Set(knowledge.flatMap((e) => [e.question, ...e.alternates, e.answer].flatMap((t) => t.split(/\s+/))))];
const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('who', 'when', 'how many', 'why', 'budgte', 'zebra', '2031'));
const question = fc.array(word, { minLength: 1, maxLength: 10 }).map((words) => words.join(' '));
const limit = fc.constantFrom(1, 3, 4, 5, 12, 64, 65, 200, -2, 0);

describe('ranking at scale', () => {
  it('ranks exactly as scoring every entry and sorting would, ties in the same order', () => {
    fc.assert(
      fc.property(question, limit, (q, n) => {
        const fast = matcher.rank(q, n).map((c): [string, number] => [c.entry.id, c.confidence]);
        expect(fast).toEqual(plainRank(index, q, n));
      }),
      { numRuns: 400, seed: 5 },
    );
  });
});

function entriesWith(index: KnowledgeIndex, term: string): number[] {
  return index.entries.flatMap((indexed, position) => (indexed.allTerms.has(term) ? [position] : []));
}
