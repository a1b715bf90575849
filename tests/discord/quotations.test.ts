import { describe, expect, it } from 'vitest';
import type { Quotation } from '../../src/knowledge/schema.js';
import { pickQuotation, speakersMatching } from '../../src/discord/quotations.js';

const quotations: Quotation[] = [
  { id: 'bridge-unsafe', speaker: 'Mayor Quimby', paragraph: 2, text: 'The bridge is not safe,' },
  { id: 'commuters', speaker: 'Lisa Álvarez', paragraph: 4, text: 'hurts every commuter in town.' },
  { id: 'repairs', speaker: 'Lisa Álvarez', paragraph: 5, text: 'We need the repairs done before winter.' },
];

describe('picking a quotation', () => {
  it('picks at random among all quotations when given neither speaker nor search', () => {
    expect(pickQuotation(quotations, {}, () => 0)).toEqual({ found: true, quotation: { ...quotations[0], text: 'The bridge is not safe' } });
    expect(pickQuotation(quotations, {}, () => 0.99)).toEqual({ found: true, quotation: quotations[2] });
  });

  it('picks among one speaker’s quotations, matched by last name without accents', () => {
    expect(pickQuotation(quotations, { speaker: 'alvarez' }, () => 0)).toEqual({ found: true, quotation: quotations[1] });
  });

  it('finds the quotation containing every searched word, in any form of the word', () => {
    expect(pickQuotation(quotations, { search: 'repair winter' })).toEqual({ found: true, quotation: quotations[2] });
    expect(pickQuotation(quotations, { search: 'COMMUTERS' })).toEqual({ found: true, quotation: quotations[1] });
  });

  it('finds a quotation by a long enough fragment, even one that ends mid-word', () => {
    expect(pickQuotation(quotations, { search: 'every commu' })).toEqual({ found: true, quotation: quotations[1] });
  });

  it('matches no quotation for a short search that is only part of its words', () => {
    for (const search of ['gun', 'tea', 'ok', 'saf', 'the']) {
      expect(pickQuotation(quotations, { search })).toEqual({ found: false, reason: 'no-match' });
    }
  });

  it('does not guess past a typo', () => {
    expect(pickQuotation(quotations, { search: 'repiars' })).toEqual({ found: false, reason: 'no-match' });
  });

  it('drops the comma that ran on into the attribution, and keeps every other word and mark', () => {
    const runOn: Quotation = { id: 'commander', speaker: 'Gustavo Petro', paragraph: 3, text: 'The supreme commander is the president, ' };
    expect(pickQuotation([runOn], {}, () => 0)).toEqual({ found: true, quotation: { ...runOn, text: 'The supreme commander is the president' } });
    expect(pickQuotation([runOn], { search: 'supreme commander' })).toEqual({
      found: true,
      quotation: { ...runOn, text: 'The supreme commander is the president' },
    });
    expect(pickQuotation(quotations, { search: 'repairs before winter' })).toEqual({ found: true, quotation: quotations[2] });
  });

  it('says why when nothing matches', () => {
    expect(pickQuotation(quotations, { speaker: 'Lincoln' })).toEqual({ found: false, reason: 'unknown-speaker' });
    expect(pickQuotation(quotations, { search: 'zebra migration' })).toEqual({ found: false, reason: 'no-match' });
    expect(pickQuotation([], {})).toEqual({ found: false, reason: 'no-quotations' });
  });
});

describe('suggesting speakers', () => {
  it('lists each speaker once, filtered by what has been typed', () => {
    expect(speakersMatching(quotations, '')).toEqual(['Mayor Quimby', 'Lisa Álvarez']);
    expect(speakersMatching(quotations, 'alv')).toEqual(['Lisa Álvarez']);
  });
});
