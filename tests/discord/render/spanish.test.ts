import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/knowledge/schema.js';
import { renderAnswer } from '../../../src/discord/render/answer.js';
import { renderNoAnswer } from '../../../src/discord/render/noAnswer.js';
import { withoutEmbeds } from '../../../src/discord/render/plainText.js';
import { article, entries } from '../../fixtures/knowledge.js';

const [bridge, cracks] = entries as [Entry, Entry];
const puente: Entry = {
  ...bridge,
  es: {
    question: '¿Por qué el alcalde cerró el puente?',
    alternates: ['¿por qué está cerrado el puente?'],
    answer: 'Dice que el puente no es seguro.',
  },
};
const grietas: Entry = { ...cracks, es: { question: '¿Cuántas grietas encontraron?', alternates: [], answer: 'Doce grietas.' } };

describe('an answer to a question asked in Spanish', () => {
  it('gives the Spanish answer, then the quote verbatim in English labelled as the original, with Spanish labels', () => {
    const reply = renderAnswer({ entry: puente, article, confidence: 0.874, related: [grietas], language: 'es' });
    const [embed] = reply.embeds ?? [];

    expect(embed?.title).toBe('¿Por qué el alcalde cerró el puente?');
    expect(embed?.description).toBe(
      [
        'Dice que el puente no es seguro.',
        '',
        '*Texto original (inglés):*',
        '> “The bridge is not safe,” Mayor Quimby wrote on X on Monday.',
        '— Mayor Quimby, párrafo 2',
      ].join('\n'),
    );
    expect(embed?.fields).toEqual([{ name: 'Fuente', value: 'Test Gazette · Springfield', inline: true }]);
    expect(embed?.footer?.text).toBe('Confianza 87%');
    expect(reply.components?.map((row) => row.components.map((b) => b.label))).toEqual([
      ['Útil', 'No útil'],
      ['¿Cuántas grietas encontraron?'],
    ]);
  });

  it('is the same in plain text where embeds are not allowed', () => {
    const content = withoutEmbeds(renderAnswer({ entry: puente, article, confidence: null, related: [], language: 'es' })).content;
    expect(content).toContain('*Texto original (inglés):*\n> “The bridge is not safe,”');
    expect(content).toContain('Fuente: Test Gazette · Springfield\n-# Elegiste esta pregunta');
  });

  it('falls back to English for an entry that has no Spanish side', () => {
    const [embed] = renderAnswer({ entry: cracks, article, confidence: 1, related: [], language: 'es' }).embeds ?? [];
    expect(embed?.title).toBe('How many cracks did engineers find?');
    expect(embed?.footer?.text).toBe('Confidence 100%');
  });
});

describe('the no-answer reply to a question asked in Spanish', () => {
  it('says so in Spanish and offers "¿Quisiste decir…?" buttons labelled with the Spanish questions', () => {
    const reply = renderNoAnswer({
      question: '¿qué tiempo hace?',
      reason: 'not-covered',
      suggestions: [puente, cracks],
      language: 'es',
    });
    expect(reply.content).toContain('Lo siento, el artículo no parece tratar “¿qué tiempo hace?”.');
    expect(reply.content).toContain('¿Quisiste decir alguna de estas?');
    expect(reply.content).toContain('`/preguntar`');
    expect(reply.components?.[0]?.components.map((b) => [b.custom_id, b.label])).toEqual([
      ['ask:bridge-closed', '¿Por qué el alcalde cerró el puente?'],
      ['ask:cracks-found', 'How many cracks did engineers find?'],
    ]);
  });
});
