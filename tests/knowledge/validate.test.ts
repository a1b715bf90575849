import { describe, expect, it } from 'vitest';
import { validateEntries, validateQuotations } from '../../src/knowledge/validate.js';
import { article, entries } from '../fixtures/knowledge.js';

const check = (list: unknown[]) => validateEntries({ entries: list }, article, 'qa.yaml');

describe('validating knowledge entries', () => {
  it('accepts entries whose quotes are verbatim in the paragraphs they name', () => {
    const result = check(entries);
    expect(result.errors).toEqual([]);
    expect(result.value?.map((e) => e.id)).toEqual(['bridge-closed', 'cracks-found', 'alvarez-reaction']);
  });

  it('accepts a quote typed with straight quotes, plain dashes and extra spaces', () => {
    const typed = { ...entries[0], quote: '"The bridge is not   safe," Mayor Quimby wrote' };
    expect(check([typed]).errors).toEqual([]);
  });

  it('rejects a quote that changes a single word, naming the file and the entry', () => {
    const altered = { ...entries[1], quote: 'Engineers found 13 cracks in the bridge since March' };
    const { errors, value } = check([altered]);
    expect(value).toBeNull();
    expect(errors).toEqual([
      { file: 'qa.yaml', id: 'cracks-found', message: expect.stringContaining('not verbatim') },
    ]);
  });

  it('rejects a verbatim quote attributed to the wrong paragraph and says where it is', () => {
    const misplaced = { ...entries[1], paragraph: 2 };
    expect(check([misplaced]).errors[0]?.message).toBe('quote is in paragraph 3, not 2');
  });

  it('rejects a paragraph number past the end of the article', () => {
    expect(check([{ ...entries[1], paragraph: 9 }]).errors[0]?.message).toContain('does not exist');
  });

  it('rejects duplicate ids', () => {
    const { errors } = check([entries[0], { ...entries[1], id: 'bridge-closed' }]);
    expect(errors).toEqual([{ file: 'qa.yaml', id: 'bridge-closed', message: 'id is used more than once' }]);
  });

  it('reports every schema problem at once, each with the entry id and field', () => {
    const broken = [
      { ...entries[0], answer: '   ' },
      { ...entries[1], id: 'Not A Slug' },
    ];
    const messages = check(broken).errors.map((e) => `${e.id}: ${e.message}`);
    expect(messages).toEqual([
      'bridge-closed: answer: must not be empty',
      expect.stringMatching(/^Not A Slug: id: must be lowercase words/),
    ]);
  });

  it('reports a file without an entries list', () => {
    const { errors } = validateEntries({ items: [] }, article, 'qa.yaml');
    expect(errors).toEqual([{ file: 'qa.yaml', id: null, message: expect.stringContaining('entries') }]);
  });

  it('warns when an answer states a number or a name its quote does not support', () => {
    const drifted = { ...entries[1], answer: 'Engineers from Shelbyville found 14 cracks.' };
    const { errors, warnings } = check([drifted]);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.message)).toContain('answer mentions Shelbyville, 14, which the quote does not');
  });

  it('lets the speaker support the name an attribution needs', () => {
    const attributed = { ...entries[2], answer: 'Lisa Álvarez said the closure “hurts every commuter.”' };
    expect(check([attributed]).warnings).toEqual([]);
  });

  it('warns when two entries share a way of asking', () => {
    const clash = { ...entries[1], alternates: ['Why is the bridge shut?'] };
    expect(check([entries[0], clash]).warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('also a question of bridge-closed'),
    );
  });

  it('warns about an entry placed out of the article’s order', () => {
    const { warnings } = check([entries[2], entries[0]]);
    expect(warnings.map((w) => `${w.id}: ${w.message}`)).toContain(
      'bridge-closed: quotes paragraph 2 but comes after alvarez-reaction (paragraph 4): keep entries in article order',
    );
  });

  it('refuses an entry whose yes/no opener would answer one of its phrasings backwards', () => {
    const backwards = { ...entries[1], alternates: [], answer: 'Yes. Engineers found 12 cracks since March.' };
    const { errors, value } = check([backwards]);
    expect(value).toBeNull();
    expect(errors).toEqual([{ file: 'qa.yaml', id: 'cracks-found', message: expect.stringContaining('opens with "Yes"') }]);
  });

  it('checks how each answer reads and is sourced, as warnings', () => {
    const careless = { ...entries[0], answer: 'He wrote that the bridge is not safe.' };
    expect(check([careless]).warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('repeats a speaker\'s words without quotation marks'),
      expect.stringContaining('says "He" before naming anyone'),
    ]);
  });
});

describe('validating quotations', () => {
  it('accepts a verbatim quotation and rejects an invented one', () => {
    const good = { id: 'not-safe', speaker: 'Mayor Quimby', paragraph: 2, text: 'The bridge is not safe,' };
    const bad = { ...good, id: 'invented', text: 'The bridge will fall down tomorrow' };
    const result = validateQuotations({ quotations: [good, bad] }, article, 'quotations.yaml');
    expect(result.errors.map((e) => e.id)).toEqual(['invented']);
  });

  it('warns about a quotation credited to someone the paragraph does not say said it', () => {
    const credited = { id: 'cracks', speaker: 'Mayor Quimby', paragraph: 3, text: 'Engineers found 12 cracks' };
    const result = validateQuotations({ quotations: [credited] }, article, 'quotations.yaml');
    expect(result.warnings).toEqual([
      { file: 'quotations.yaml', id: 'cracks', message: expect.stringContaining('does not say Mayor Quimby said or wrote it') },
    ]);
  });
});
