import { describe, expect, it } from 'vitest';
import { uncoveredSentences } from '../../../src/knowledge/checks/coverage.js';
import type { Entry } from '../../../src/knowledge/schema.js';
import { article, entries } from '../../fixtures/knowledge.js';

describe('finding the sentences no quote covers', () => {
  it('lists each sentence with the words no quote holds, in reading order', () => {
    expect(uncoveredSentences(article, entries)).toEqual([
      {
        paragraph: 1,
        sentence: 'SPRINGFIELD (Test Gazette) - The mayor of Springfield is defending his decision to close the bridge.',
        missing: ['springfield', 'test', 'gazette', 'mayor', 'defending', 'decision', 'close', 'bridge'],
      },
      {
        paragraph: 3,
        sentence: "Engineers found 12 cracks in the bridge since March, according to the city's report.",
        missing: ['city', 'report'],
      },
      { paragraph: 4, sentence: expect.stringContaining('Councilwoman'), missing: ['councilwoman', 'lisa', 'álvarez'] },
    ]);
  });

  it('counts a sentence covered when quotes together hold all of its words', () => {
    const rest: Entry[] = [
      { ...(entries[1] as Entry), id: 'source', quote: 'since March, according to the city’s report' },
      { ...(entries[2] as Entry), id: 'who', quote: 'Councilwoman Lisa Álvarez said the closure' },
    ];
    expect(uncoveredSentences(article, [...entries, ...rest]).map((u) => u.paragraph)).toEqual([1]);
  });
});
