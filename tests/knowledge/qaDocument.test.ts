import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { QaDocument } from '../../src/knowledge/qaDocument.js';
import { slugFromQuestion } from '../../src/knowledge/slug.js';

const qaText = () => readFile(new URL('../../knowledge/qa.yaml', import.meta.url), 'utf8');

describe('QaDocument', () => {
  it('prints an unedited qa.yaml back byte for byte', async () => {
    const text = await qaText();
    const doc = QaDocument.parse(text);
    expect(doc.roundTrips()).toBe(true);
    expect(doc.toString()).toBe(text);
  });

  it('places a new entry after the entries of its paragraph, in the file style', async () => {
    const doc = QaDocument.parse(await qaText());
    doc.add({ id: 'new-one', question: 'A question: with a colon?', answer: 'An answer.', quote: 'x'.repeat(20), paragraph: 3 });
    const text = doc.toString();
    const added = [
      '  - id: new-one',
      '    question: "A question: with a colon?"',
      '    alternates: []',
      '    answer: "An answer."',
      `    quote: "${'x'.repeat(20)}"`,
      '    speaker: null',
      '    paragraph: 3',
      '',
      '  # --- Paragraph 4',
    ].join('\n');
    expect(text).toContain(added);
  });

  it('adds an alternate once, ignoring case', async () => {
    const doc = QaDocument.parse(await qaText());
    expect(doc.addAlternate('story-summary', 'A brand new way to ask')).toBe(true);
    expect(doc.addAlternate('story-summary', 'a BRAND new way to ask')).toBe(false);
    expect(doc.toString()).toContain('      - "A brand new way to ask"\n    answer:');
  });
});

describe('slugFromQuestion', () => {
  it('keeps the meaningful words of a question as a lowercase hyphenated id', () => {
    expect(slugFromQuestion('Who is Gustavo Petro?', new Set())).toBe('who-gustavo-petro');
    expect(slugFromQuestion('¿Qué dijo Galán?', new Set())).toBe('que-dijo-galan');
    expect(slugFromQuestion('???', new Set())).toBe('entry');
  });

  it('adds a number when the id is taken', () => {
    expect(slugFromQuestion('Who is Petro?', new Set(['who-petro', 'who-petro-2']))).toBe('who-petro-3');
  });
});
