import { describe, expect, it } from 'vitest';
import { QUOTE_CUT_MARK, cutQuote, escapeText, escapeUserText, truncate } from '../../src/discord/text.js';

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('short enough', 12)).toBe('short enough');
  });

  it('cuts at a word boundary and ends with an ellipsis, within the limit', () => {
    const cut = truncate('the president of Colombia is defending his decision', 30);
    expect(cut).toBe('the president of Colombia is…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it('cuts one very long word where it stands rather than dropping almost everything', () => {
    expect(truncate(`see ${'x'.repeat(50)}`, 20)).toBe(`see ${'x'.repeat(15)}…`);
  });

  it('never leaves half a surrogate pair or a backslash that would escape the ellipsis', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('abc\\*def', 5)).toBe('abc…');
  });
});

describe('cutQuote', () => {
  it('marks a shortened quotation with an editorial […] so the rest is not taken for the speaker’s words', () => {
    const quote = 'He is leaving Colombia defenseless against organized crime and tearing the peace of mind of Colombians.';
    const cut = cutQuote(quote, 60);
    expect(cut.endsWith(QUOTE_CUT_MARK)).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(quote.startsWith(cut.slice(0, -QUOTE_CUT_MARK.length))).toBe(true);
  });
});

describe('escaping', () => {
  it('shows markdown as typed and breaks @everyone, @here, user and role mentions', () => {
    const escaped = escapeText('**bold** @everyone @here <@123456789012345678> <@&123456789012345678>');
    expect(escaped).toContain('\\*\\*bold\\*\\*');
    expect(escaped).not.toMatch(/@everyone|@here|<@\d|<@&\d/);
  });

  it('puts echoed user text on one line so it cannot open a heading or a block quote', () => {
    expect(escapeUserText('why?\n# HEADING\n> quote', 100)).not.toContain('\n');
  });

  it('shortens echoed user text to the given length before escaping', () => {
    expect(escapeUserText('a '.repeat(200), 20).length).toBeLessThanOrEqual(20);
  });
});
