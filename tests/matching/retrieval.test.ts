import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKnowledge } from '../../src/bench/generateKnowledge.js';
import { LANGUAGES } from '../../src/matching/languages.js';
import { Retrieval, retrievalIndex } from '../../src/matching/retrieval.js';
import { entries as fixture } from '../fixtures/knowledge.js';

// A knowledge large enough for terms that most entries use, and full of entries that
// tie, generated from the fixture as the bench generates it from the real entries.
const entries = generateKnowledge(fixture, 1500, 7);

describe.each(LANGUAGES.map((language) => [language.code, language] as const))('retrieval in %s', (_, language) => {
  const termsOf = (text: string) => language.analyzer.words(text).flatMap((w) => language.analyzer.term(w) ?? []);
  const retrieval = new Retrieval(entries, language.sideOf, termsOf);
  const miniSearch = retrievalIndex(entries, language.sideOf, termsOf);
  const vocabulary = [...new Set(entries.flatMap((entry) => termsOf([...language.sideOf(entry).phrasings, language.sideOf(entry).source].join(' '))))];
  const boosts = [1, 0.85, 0.7];

  it('ranks the same entries, with the same scores and in the same order, as MiniSearch\'s own query', () => {
    expect(vocabulary.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(
        // Terms of the knowledge, now and then one it never uses, sometimes repeated.
        fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.constant('zzunknown')), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...boosts), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        (terms, termBoosts, limit) => {
          const boost = (term: string) => termBoosts[terms.indexOf(term)] ?? 1;
          const expected = miniSearch
            .search(terms.join(' '), { boostTerm: (term) => boost(term) })
            .slice(0, limit)
            .map((r) => ({ position: Number(r.id), score: r.score }));
          expect(retrieval.retrieve(terms, boost, limit)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds nothing for no terms, or for terms the knowledge never uses', () => {
    expect(retrieval.retrieve([], () => 1, 8)).toEqual([]);
    expect(retrieval.retrieve(['zzunknown'], () => 1, 8)).toEqual([]);
  });
});
