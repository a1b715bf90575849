import { describe, expect, it } from 'vitest';
import { openerErrors, wordingWarnings } from '../../../src/knowledge/checks/wording.js';
import type { Entry } from '../../../src/knowledge/schema.js';
import { article, entries } from '../../fixtures/knowledge.js';

const cracks = entries[1] as Entry;
const messages = (entry: Entry) => wordingWarnings(entry, article, 'qa.yaml').map((w) => w.message);

describe('checking how an answer reads for every phrasing', () => {
  it('rejects a yes/no opener when a phrasing is not a yes/no question, naming the phrasing', () => {
    const yes = { ...cracks, answer: 'Yes. Engineers found 12 cracks.', alternates: ['did engineers find cracks?', 'who found cracks?'] };
    expect(openerErrors(yes, 'qa.yaml')).toEqual([
      { file: 'qa.yaml', id: 'cracks-found', message: expect.stringMatching(/opens with "Yes".*"How many cracks/) },
      { file: 'qa.yaml', id: 'cracks-found', message: expect.stringMatching(/opens with "Yes".*"who found cracks\?"/) },
    ]);
  });

  it('accepts a yes/no opener when every phrasing is a yes/no question', () => {
    const yes = { ...cracks, question: 'Did engineers find cracks?', alternates: ['were there cracks?', "isn't the bridge cracked?"], answer: 'Yes. Engineers found 12 cracks.' };
    expect(openerErrors(yes, 'qa.yaml')).toEqual([]);
  });

  it('warns when the answer says "he" or "it" before naming anyone', () => {
    expect(messages({ ...cracks, answer: 'He says engineers found 12 cracks.' })).toEqual([
      expect.stringContaining('says "He" before naming anyone'),
    ]);
    expect(messages({ ...cracks, answer: 'Quimby closed it because engineers found 12 cracks.' })).toEqual([
      expect.stringContaining('says "it" before naming anyone'),
    ]);
    expect(messages({ ...cracks, answer: 'Engineers found 12 cracks, and they reported them.' })).toEqual([]);
  });

  it('warns when the answer opens on a definite noun phrase that names nothing by itself', () => {
    expect(messages({ ...cracks, answer: 'The damage includes 12 cracks.' })).toEqual([
      expect.stringContaining('opens with "The damage"'),
    ]);
    expect(messages({ ...cracks, answer: 'The mayor of Springfield closed the bridge.' })).toEqual([]);
  });

  it('warns when the answer talks about the article instead of stating what it says', () => {
    expect(messages({ ...cracks, answer: 'Springfield engineers: the article counts 12 cracks.' })).toEqual([
      expect.stringContaining('talks about the article ("the article counts")'),
    ]);
  });

  it('warns when the answer copies a dateline in capitals', () => {
    expect(messages({ ...cracks, answer: 'Engineers in SPRINGFIELD CITY found 12 cracks.' })).toEqual([
      expect.stringContaining('copies capitals ("SPRINGFIELD CITY")'),
    ]);
  });

  it('warns about a phrasing with no topic word, which cannot say which entry it asks about', () => {
    expect(messages({ ...cracks, alternates: ['since when?'] })).toEqual([
      expect.stringContaining('"since when?" names no topic'),
    ]);
  });
});
