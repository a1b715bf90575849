import fc from 'fast-check';
import { escapeMarkdown } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../src/discord/text.js';

// escapeText skips escapeMarkdown for text it would leave alone: the output must be exactly
// what escapeMarkdown (then the mention guard) gives, for any text.
const full = (text: string) =>
  escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<@/g, '<@\u200b');

// Mostly the characters Markdown cares about, so that odd mixes come up often.
const markdownish = fc.string({
  unit: fc.constantFrom(...'ab 1.-*_~|#[]()`\\>@<:/\n\r\u2028 9'.split('')),
  maxLength: 40,
});

describe('escapeText against escapeMarkdown', () => {
  it('gives the same output for any text', () => {
    fc.assert(fc.property(fc.oneof(markdownish, fc.string({ maxLength: 60 })), (text) => {
      expect(escapeText(text)).toBe(full(text));
    }), { numRuns: 5_000 });
  });

  it('leaves plain text as it is and still escapes lists, headings and links', () => {
    expect(escapeText('How many boats were destroyed? 12, well-known.')).toBe('How many boats were destroyed? 12, well-known.');
    expect(escapeText('- one\n2. two')).toBe('\\- one\n2\\. two');
    expect(escapeText('# big')).toBe('\\# big');
    expect(escapeText('[site](https://x.y)')).toBe('\\[site](https://x.y)');
  });
});
