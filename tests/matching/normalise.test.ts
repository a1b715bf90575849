import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, termsOf, wordsOf } from '../../src/matching/normalise.js';

describe('folding text', () => {
  it('removes diacritics so Galán matches Galan and Bogotá matches Bogota', () => {
    expect(wordsOf('Galán en Bogotá, Andrés')).toEqual(['galan', 'en', 'bogota', 'andres']);
  });

  it('spells U.S., US, USA, United States and America as one term', () => {
    const forms = ['U.S.', 'US', 'U.S', 'USA', 'United States', 'America', 'Americans', 'Washington'];
    expect(new Set(forms.map((form) => termsOf(form).join(' ')))).toEqual(new Set(['usa']));
  });

  it('keeps the pronoun "us" apart from the country only by case when it is spelled US', () => {
    expect(termsOf('Petro and the US')).toEqual(['petro', 'usa']);
  });

  it('strips Discord mentions, custom emoji, links and markdown', () => {
    expect(foldText('<@123456789012345678> **why** <:pepe:1234> https://x.com/a ~~now~~').trim().split(/\s+/)).toEqual([
      'why',
      'now',
    ]);
  });

  it('drops zero-width characters that would split a word', () => {
    expect(wordsOf('Pe\u200btro')).toEqual(['petro']);
  });

  it('folds inflections and synonyms onto one term', () => {
    expect(termsOf('killed')).toEqual(termsOf('deaths'));
    expect(termsOf('seizures')).toEqual(termsOf('seized'));
    expect(termsOf('spat')).toEqual(termsOf('feud'));
    expect(termsOf('step down')).toEqual(termsOf('resign'));
  });

  it('keeps question words as terms and drops stop words', () => {
    expect(termsOf('Who is the president?')).toEqual(['who', 'presid']);
    expect(termsOf('How many boats?')).toEqual(['qty', 'boat']);
  });

  it('reads "what ... for?" and "what made …" as asking why', () => {
    expect(termsOf('What was he sanctioned for?')).toContain('why');
    expect(termsOf('what made petro cut off the americans')).toContain('why');
    expect(termsOf('what did petro cut off')).not.toContain('why');
  });

  it('reads "when" as a conjunction after another question word or before the question, and as a question alone', () => {
    expect(termsOf('what was pastrana implying when he said that')).not.toContain('when');
    expect(termsOf("when galan says petro 'does not think', what does he mean?")).not.toContain('when');
    expect(termsOf('when did pastrana say that')).toContain('when');
  });

  it('reads every form of "wipe out", "blow up" and "take out" as destroying', () => {
    for (const phrase of ['wiping out', 'wipes out', 'blows up', 'taking out', 'taken out']) expect(termsOf(phrase)).toEqual(termsOf('destroyed'));
  });

  it('reads digits typed for look-alike letters as the letters, leaving codes and years alone', () => {
    expect(wordsOf('did petr0 cut off the us')).toContain('petro');
    expect(wordsOf('c0caine')).toEqual(['cocaine']);
    for (const code of ['fy2024', 'g7', 'covid19', '2025']) expect(wordsOf(code)).toEqual([code]);
  });
});

describe('normalisation on any input', () => {
  it('never throws and yields only lower-case terms without diacritics or markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (input) => {
        for (const term of termsOf(input)) {
          expect(term).toBe(term.toLowerCase());
          expect(term).not.toMatch(/[\p{M}<>@*_~`]/u);
          expect(term.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
