import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, SPANISH_MARGIN, spanishLean } from '../../src/matching/language.js';

describe('Detecting the language of a question', () => {
  it('reads short Spanish questions as Spanish', () => {
    for (const question of ['¿Quién es Petro?', '¿Cuántas lanchas destruyeron?', '¿Dónde?', '¿Qué dijo el senador?']) {
      expect(detectLanguage(question), question).toBe('es');
    }
  });

  it('reads short English questions as English', () => {
    for (const question of ['Who is Petro?', 'How many boats were destroyed?', 'where?', 'What did the senator say?', 'why']) {
      expect(detectLanguage(question), question).toBe('en');
    }
  });

  it('reads chat Spanish written without accents as Spanish', () => {
    for (const question of ['q dijo pastrana', 'cuantos muertos van']) {
      expect(detectLanguage(question), question).toBe('es');
    }
  });

  it('reads English chat, with the names of a Colombian story, as English', () => {
    for (const question of ['@ArticleBot tl;dr wht is colombia doing w the US rn', 'what did Galán say in Bogotá', 'did petro resign?']) {
      expect(detectLanguage(question), question).toBe('en');
    }
  });

  it('ignores Discord markup around the question', () => {
    expect(detectLanguage('<@123456789> ¿qué pasó con las lanchas? <:petro:42>')).toBe('es');
  });

  it('answers a mixed, empty or unclear question in English', () => {
    expect(detectLanguage('Petro suspendió la cooperación? what happened')).toBe('en');
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('petro')).toBe('en');
    expect(detectLanguage('tldr pls')).toBe('en');
  });

  it('lets a Spanish Discord locale decide an unclear question, but not an English one', () => {
    expect(detectLanguage('petro', { locale: 'es-419' })).toBe('es');
    expect(detectLanguage('where?', { locale: 'es-ES' })).toBe('en');
    expect(detectLanguage('What did the senator say?', { locale: 'es-419' })).toBe('en');
    expect(detectLanguage('petro', { locale: 'en-US' })).toBe('en');
  });

  it('weighs which language the knowledge words of the question belong to', () => {
    expect(detectLanguage('resumen porfa')).toBe('en');
    expect(detectLanguage('resumen porfa', { evidence: { en: 0, es: 1 } })).toBe('es');
    expect(detectLanguage('Petro suspendió la cooperación? what happened', { evidence: { en: 0.2, es: 0.6 } })).toBe('es');
  });

  it('never throws, whatever the text and hint', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 8 }), (text, locale) => {
        expect(['en', 'es']).toContain(detectLanguage(text, { locale }));
      }),
      { numRuns: 200 },
    );
  });

  it('decides as the sum of every signal does, also when it leaves the detector out', () => {
    const texts = ['¿Quién es Petro?', 'who is responsible for the bus fares', 'resumen porfa', 'what did the senator say', '¿qué pasó?'];
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...texts), fc.string({ unit: 'grapheme', maxLength: 60 })),
        fc.constantFrom('en-US', 'es-ES', undefined),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (text, locale, en, es) => {
          const hint = { evidence: { en, es }, ...(locale && { locale }) };
          expect(detectLanguage(text, hint)).toBe(spanishLean(text, hint) > SPANISH_MARGIN ? 'es' : 'en');
        },
      ),
      { numRuns: 300 },
    );
  });
});
