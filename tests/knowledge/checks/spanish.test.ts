import { describe, expect, it } from 'vitest';
import { spanishFactWarnings, spanishRouting } from '../../../src/knowledge/checks/spanish.js';
import type { Entry } from '../../../src/knowledge/schema.js';
import { Matcher } from '../../../src/matching/matcher.js';
import { entries } from '../../fixtures/knowledge.js';

const [bridgeClosed, cracksFound, alvarezReaction] = entries as [Entry, Entry, Entry];

const withSpanish = (entry: Entry, answer: string, alternates: string[] = []): Entry => ({
  ...entry,
  es: { question: '¿Cuántas grietas encontraron los ingenieros?', alternates, answer },
});

const strikes: Entry = {
  id: 'strikes',
  question: 'Where are the boats bombed?',
  alternates: [],
  answer: 'In the Caribbean.',
  quote: 'The United States bombed 19 boats in the Caribbean since September.',
  speaker: null,
  paragraph: 1,
};

describe('checking the facts of Spanish answers', () => {
  it('warns when a Spanish answer states a number or a name its quote does not', () => {
    const drifted = withSpanish(cracksFound, 'Ingenieros de Shelbyville encontraron 14 grietas desde marzo.');
    expect(spanishFactWarnings([drifted], 'qa.yaml')).toEqual([
      { file: 'qa.yaml', id: 'cracks-found', message: 'Spanish answer mentions Shelbyville, 14, which the quote does not' },
    ]);
  });

  it('accepts the Spanish names of places and countries that the English quote names', () => {
    const translated = { ...strikes, es: { question: '¿Dónde?', alternates: [], answer: 'Desde septiembre, EE.UU. y Estados Unidos bombardearon 19 lanchas en el Caribe.' } };
    expect(spanishFactWarnings([translated], 'qa.yaml')).toEqual([]);
  });

  it('still warns about a Spanish name whose English form the quote lacks', () => {
    const elsewhere = { ...strikes, es: { question: '¿Dónde?', alternates: [], answer: 'Según Petro, la droga va a Europa.' } };
    expect(spanishFactWarnings([elsewhere], 'qa.yaml')[0]?.message).toBe(
      'Spanish answer mentions Petro, Europa, which the quote does not',
    );
  });

  it('matches names without their accents and lets the speaker support an attribution', () => {
    const attributed = withSpanish(alvarezReaction, 'La concejala Lisa Alvarez dijo que el cierre perjudica a todos.');
    expect(spanishFactWarnings([attributed], 'qa.yaml')).toEqual([]);
  });

  it('has nothing to say about an entry without a Spanish side', () => {
    expect(spanishFactWarnings([cracksFound], 'qa.yaml')).toEqual([]);
  });
});

describe('asking the matcher every Spanish phrasing', () => {
  const route = (list: Entry[]) => spanishRouting(list, new Matcher(list), 'qa.yaml');

  it('warns about an entry without a Spanish side', () => {
    const routing = route([bridgeClosed]);
    expect(routing.warnings).toEqual([
      { file: 'qa.yaml', id: 'bridge-closed', message: 'has no Spanish side (es): it is answered only in English' },
    ]);
    expect(routing.phrasings).toBe(0);
  });

  it('names the entry that answers a Spanish phrasing instead of its own', () => {
    const misrouted = withSpanish(cracksFound, 'Los ingenieros encontraron 12 grietas.', ['why is the bridge shut']);
    const messages = route([bridgeClosed, misrouted]).warnings.map((w) => `${w.id}: ${w.message}`);
    expect(messages).toContain('cracks-found: Spanish "why is the bridge shut" is answered by bridge-closed');
  });

  it('lists the Spanish phrasings that no entry answers, counting every phrasing', () => {
    // Phrasings with nothing but question words: no entry can be chosen for them.
    const side = { question: '¿Por qué?', alternates: ['¿y eso qué?'], answer: 'x' };
    const routing = route([{ ...cracksFound, es: side }]);
    expect(routing.phrasings).toBe(2);
    expect(routing.answered).toBe(0);
    expect(routing.warnings.map((w) => w.message)).toEqual([
      'Spanish "¿Por qué?", "¿y eso qué?" go unanswered',
    ]);
  });
});
