import { describe, expect, it } from 'vitest';
import { quoteSpanWarnings } from '../../../src/knowledge/checks/quoteSpan.js';
import type { Article, Entry } from '../../../src/knowledge/schema.js';
import { article, entries } from '../../fixtures/knowledge.js';

const cracks = entries[1] as Entry;
const warnings = (entry: Entry, source: Article = article) =>
  quoteSpanWarnings(entry, source, 'qa.yaml').map((w) => w.message);

// One paragraph of two sentences, for quotes that span both.
const twoSentences: Article = {
  ...article,
  paragraphs: ['Engineers found 12 cracks in the bridge. The council will vote on repairs in May.'],
};
const vote: Entry = { ...cracks, id: 'repair-vote', paragraph: 1 };

describe('checking that a quote holds what its answer says, and no more', () => {
  it('warns about a number or a name the quote does not hold', () => {
    expect(warnings({ ...cracks, answer: 'Engineers from Shelbyville found 14 cracks.' })).toContain(
      'answer mentions Shelbyville, 14, which the quote does not',
    );
  });

  it('warns about words the answer takes from another paragraph, naming it', () => {
    expect(warnings({ ...cracks, answer: 'Engineers found 12 cracks in the bridge since March: it is not safe.' })).toEqual([
      'answer uses "safe" from paragraph 2, which the quote does not hold',
    ]);
  });

  it('warns about words the answer takes from the part of its paragraph the quote leaves out', () => {
    expect(warnings({ ...cracks, quote: '12 cracks in the bridge since March' })).toEqual([
      'answer uses "engineers", "found" from the rest of its paragraph, which the quote does not hold',
    ]);
  });

  it('ignores the answer’s own wording that the article never uses', () => {
    expect(warnings({ ...cracks, answer: 'Engineers spotted 12 cracks since March.' })).toEqual([]);
  });

  it('warns about a sentence of the quote the answer takes nothing from', () => {
    const quote = 'Engineers found 12 cracks in the bridge. The council will vote on repairs in May.';
    expect(warnings({ ...vote, quote, answer: 'The council will vote on repairs in May.' }, twoSentences)).toEqual([
      'quote carries a sentence the answer takes nothing from: "Engineers found 12 cracks in the bridge...."',
    ]);
    expect(warnings({ ...vote, quote, answer: 'The council will vote in May on repairs to 12 cracks.' }, twoSentences)).toEqual([]);
  });

  it('warns about a quote that opens on the tail of one sentence and runs into the next', () => {
    const quote = 'in the bridge. The council will vote on repairs in May.';
    expect(warnings({ ...vote, quote, answer: 'The council will vote on repairs to the bridge in May.' }, twoSentences)).toEqual([
      'quote opens on the tail of one sentence and runs into the next: start it at a sentence',
    ]);
  });
});
