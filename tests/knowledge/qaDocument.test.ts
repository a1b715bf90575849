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

const withSpanish = [
  'entries:',
  '  - id: cracks-found',
  '    question: "How many cracks did engineers find?"',
  '    alternates:',
  '      - "number of cracks"',
  '    answer: "Engineers found 12 cracks since March."',
  '    quote: "Engineers found 12 cracks in the bridge since March"',
  '    speaker: null',
  '    paragraph: 3',
  '    es:',
  '      question: "¿Cuántas grietas encontraron los ingenieros?"',
  '      alternates:',
  '        - "número de grietas"',
  '      answer: "Los ingenieros encontraron 12 grietas desde marzo."',
  '',
].join('\n');

describe('QaDocument and the Spanish side', () => {
  it('prints an entry with a Spanish side back byte for byte', () => {
    const doc = QaDocument.parse(withSpanish);
    expect(doc.roundTrips()).toBe(true);
    expect(doc.toString()).toBe(withSpanish);
  });

  it('keeps the Spanish side untouched when the English fields are edited', () => {
    const doc = QaDocument.parse(withSpanish);
    doc.update('cracks-found', { answer: 'Engineers found 12 cracks.', alternates: ['crack count'] });
    const text = doc.toString();
    expect(text).toContain('    answer: "Engineers found 12 cracks."\n');
    expect(text).toContain('      - "crack count"\n');
    expect(text.slice(text.indexOf('    es:'))).toBe(withSpanish.slice(withSpanish.indexOf('    es:')));
  });

  it('changes only the Spanish fields that differ', () => {
    const doc = QaDocument.parse(withSpanish);
    const es = { question: '¿Cuántas grietas encontraron los ingenieros?', alternates: ['número de grietas', 'grietas'], answer: '  Hay 12 grietas.  ' };
    doc.update('cracks-found', { es });
    expect(doc.toString()).toBe(
      withSpanish
        .replace('        - "número de grietas"\n', '        - "número de grietas"\n        - "grietas"\n')
        .replace('"Los ingenieros encontraron 12 grietas desde marzo."', '"Hay 12 grietas."'),
    );
  });

  it('writes a new Spanish side after the paragraph, in the file style, and removes it on null', () => {
    const english = withSpanish.slice(0, withSpanish.indexOf('    es:'));
    const doc = QaDocument.parse(english);
    doc.update('cracks-found', { es: { question: '¿Cuántas grietas?', answer: 'Doce: "12".' } });
    expect(doc.toString()).toBe(
      `${english}    es:\n      question: "¿Cuántas grietas?"\n      alternates: []\n      answer: "Doce: \\"12\\"."\n`,
    );
    doc.update('cracks-found', { es: null });
    expect(doc.toString()).toBe(english);
  });

  it('adds a new entry with its Spanish side', () => {
    const doc = QaDocument.parse(withSpanish);
    const es = { question: '¿Qué pasó?', alternates: ['¿que paso?'], answer: 'Se cerró el puente.' };
    doc.add({ id: 'bridge', question: 'What happened?', answer: 'The bridge closed.', quote: 'x'.repeat(20), paragraph: 4, es });
    expect(doc.toString()).toContain(
      '    paragraph: 4\n    es:\n      question: "¿Qué pasó?"\n      alternates:\n        - "¿que paso?"\n      answer: "Se cerró el puente."\n',
    );
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
