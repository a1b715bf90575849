import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanishAnalyzer } from '../../src/matching/spanish.js';

const terms = (text: string): string[] =>
  spanishAnalyzer.words(text).flatMap((word) => spanishAnalyzer.term(word) ?? []);
const term = (word: string): string | null => spanishAnalyzer.term(word);

describe('Folding Spanish text', () => {
  it('drops Discord mentions, channels, custom emoji, links, @everyone and markdown', () => {
    const folded = spanishAnalyzer.fold('<@123> <@&55> <#99> <:petro:1234> https://x.com/a @everyone @here **¿quién** _ganó_?');
    expect(spanishAnalyzer.words(folded)).toEqual(['who', 'gano']);
  });

  it('folds accents and case but keeps ñ distinct from n', () => {
    expect(spanishAnalyzer.words('Galán BOGOTÁ Año ano Niño')).toEqual(['galan', 'bogota', 'año', 'ano', 'niño']);
  });

  it('drops ¿ and ¡ from the folded text', () => {
    expect(spanishAnalyzer.fold('¿Petro? ¡Sí!')).not.toMatch(/[¿¡]/);
  });

  it('spells EE.UU., EEUU, EE. UU. and Estados Unidos as the usa token the English side uses', () => {
    for (const name of ['EE.UU.', 'EEUU', 'EE. UU.', 'Estados Unidos', 'los gringos', 'Washington']) {
      expect(terms(`¿Qué hizo ${name}?`), name).toEqual(['usa']);
    }
  });

  it('gives ONU and Naciones Unidas the UN term while the article "un" stays a stop word', () => {
    expect(terms('la ONU')).toEqual(['un']);
    expect(terms('las Naciones Unidas')).toEqual(['un']);
    expect(terms('un informe')).toEqual(terms('informe'));
  });
});

describe('Stop words and question words', () => {
  it('drops Spanish stop words and chat filler', () => {
    expect(terms('oye parce una pregunta, alguien sabe q pasó con la lancha? jajaja porfa')).toEqual(['lanch']);
    expect(terms('wey bro tmb x favor')).toEqual([]);
  });

  it('reads the question words as the shared answer-kind terms', () => {
    expect(terms('¿Quién?')).toEqual(['who']);
    expect(terms('¿Quiénes?')).toEqual(['who']);
    expect(terms('¿Cuándo?')).toEqual(['when']);
    expect(terms('¿Desde cuándo?')).toEqual(['when']);
    expect(terms('¿Dónde?')).toEqual(['where']);
    expect(terms('¿Adónde?')).toEqual(['where']);
    expect(terms('¿En qué lugar?')).toEqual(['where']);
    expect(terms('¿Por qué?')).toEqual(['why']);
    expect(terms('¿Para qué?')).toEqual(['why']);
    expect(terms('¿Por qué razón?')).toEqual(['why']);
    expect(terms('¿Cuántos? ¿Cuántas? ¿Cuánto? ¿Cuánta? ¿Qué cantidad?')).toEqual(['qty', 'qty', 'qty', 'qty', 'qty']);
    expect(terms('¿Cómo?')).toEqual(['how']);
  });

  it('reads "hace cuánto" as a length of time and "cuántos años tiene" as an age', () => {
    expect(terms('¿Desde hace cuánto pelean?')).toContain('howlong');
    expect(terms('¿Cuánto tiempo lleva?')).toContain('howlong');
    expect(terms('¿Cuántos años tiene Petro?')).not.toContain('howlong');
  });

  it('reads chat question words written without accents or in texting form', () => {
    expect(terms('xq petro corto la info')).toEqual(['why', 'petro', 'suspend', 'inteligent']);
    expect(terms('q dijo petro')).toEqual(terms('qué dijo Petro'));
    expect(terms('cuantas lanchas')).toEqual(['qty', 'lanch']);
  });

  it('reads "como" and "porque" as question words only where a question starts', () => {
    expect(terms('como se enteraron los militares')).toContain('how');
    expect(terms('un país como Colombia')).not.toContain('how');
    expect(terms('¿lo hizo porque lo sancionaron?')).not.toContain('why');
  });
});

describe('Stemming', () => {
  it('puts inflections of a word on one term', () => {
    expect(term('lanchas')).toBe(term('lancha'));
    expect(term('suspendió')).toBe(term('suspender'));
    expect(term('suspendio')).toBe(term('suspender'));
    expect(term('sancionaron')).toBe(term('sanciones'));
    expect(spanishAnalyzer.words('información').map(term)).toEqual(spanishAnalyzer.words('informaciones').map(term));
  });
});

describe('Story synonyms', () => {
  it('folds the words for the boats onto one term', () => {
    const boat = term('lancha');
    for (const word of ['narcolanchas', 'embarcación', 'barco', 'bote', 'buques']) {
      expect(terms(word), word).toEqual([boat]);
    }
  });

  it('folds the words for suspending, attacking, dying and quarrelling onto one term each', () => {
    expect(new Set(terms('cortar frenar parar detener congelar suspender'))).toEqual(new Set([term('suspender')]));
    expect(new Set(terms('bombardear atacar ataque bombardeo misil'))).toEqual(new Set([term('bombardear')]));
    expect(new Set(terms('matar muertos fallecidos víctimas'))).toEqual(new Set([term('matar')]));
    expect(new Set(terms('pelea disputa conflicto enfrentamiento rifirrafe choque'))).toEqual(new Set([term('pelea')]));
    expect(terms('dimitir')).toEqual(terms('renunciar'));
    expect(terms('represalia')).toEqual(terms('castigo'));
    expect(terms('datos')).toEqual(terms('inteligencia'));
  });

  it('reads the chat short forms of the former president as the role', () => {
    expect(terms('el expresi dijo')).toEqual(terms('el expresidente dijo'));
  });

  it('keeps sanctioning apart from punishing, as English does: the U.S. sanctioned Petro, Petro punished the U.S.', () => {
    expect(terms('castigo')).not.toEqual(terms('sanciones'));
    expect(terms('sancionado')).toEqual(terms('sanciones'));
  });

  it('adds the name the article gives a role, keeping the role words', () => {
    expect(terms('el senador')).toContain('galan');
    expect(terms('el congresista')).toContain('galan');
    expect(terms('el expresidente')).toContain('pastrana');
    expect(terms('el ex presidente')).toContain('pastrana');
    expect(terms('la agencia de noticias')).toContain('afp');
    expect(terms('el exfiscal')).toEqual(terms('el fiscal'));
    expect(terms('el periódico')).toEqual(terms('el diario'));
  });

  it('does not turn a security agency into the news agency', () => {
    expect(terms('las agencias de seguridad estadounidenses')).not.toContain('afp');
  });
});

describe('Dictionary words', () => {
  it('knows real Spanish words, folded, and not misspellings or names', () => {
    expect(spanishAnalyzer.isDictionaryWord('alcalde')).toBe(true);
    expect(spanishAnalyzer.isDictionaryWord('suspendio')).toBe(true);
    expect(spanishAnalyzer.isDictionaryWord('año')).toBe(true);
    expect(spanishAnalyzer.isDictionaryWord('lanhca')).toBe(false);
    expect(spanishAnalyzer.isDictionaryWord('petro')).toBe(false);
    expect(spanishAnalyzer.isDictionaryWord('Alcalde')).toBe(false);
  });
});

describe('Any input', () => {
  it('folds and splits into terms without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        for (const word of spanishAnalyzer.words(text)) spanishAnalyzer.term(word);
      }),
      { numRuns: 200 },
    );
  });
});
