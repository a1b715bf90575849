import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitReply, embedLength, LIMITS, type Reply } from '../../../src/discord/respond.js';
import { renderAnswer, renderQuotation } from '../../../src/discord/render/answer.js';
import { renderNoAnswer } from '../../../src/discord/render/noAnswer.js';
import type { Entry } from '../../../src/knowledge/schema.js';
import { article } from '../../fixtures/knowledge.js';

// Text a hostile or careless user (or moderator) might produce: any Unicode, plus the
// pieces that matter to Discord — mentions, markdown, code fences, links, zero-width marks.
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 1200 }),
  fc.array(
    fc.constantFrom('@everyone', '@here', '<@&123456789012345678>', '<@123456789012345678>', '```', '**', '> ', '# ',
      'https://example.com/x', '\u200b', '\u202e', 'é', '👩‍👩‍👧', '\n', ' ', 'Petro', '||'),
    { maxLength: 400 },
  ).map((parts) => parts.join('')),
);

const entryText = (max: number) => hostile.map((text) => text.slice(0, max) || 'x');
const entryArb: fc.Arbitrary<Entry> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,20}(?:-[a-z0-9]{1,20}){0,2}$/),
  question: entryText(300),
  alternates: fc.constant([]),
  answer: entryText(1000),
  quote: entryText(1000),
  speaker: fc.option(entryText(100), { nil: null }),
  paragraph: fc.integer({ min: 1, max: 4 }),
});

function expectWithinLimits(reply: Reply): void {
  const fitted = fitReply(reply);
  expect(fitted.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  for (const embed of fitted.embeds ?? []) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect((fitted.components ?? []).length).toBeLessThanOrEqual(LIMITS.rows);
  for (const row of fitted.components ?? []) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const button of row.components) {
      expect(button.label?.length ?? 0).toBeLessThanOrEqual(LIMITS.buttonLabel);
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
    }
  }
}

// allowed_mentions already stops every ping; the text itself is made inert as well.
function expectNoLiveMention(reply: Reply): void {
  const texts = [reply.content ?? '', ...(reply.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? ''])];
  for (const text of texts) {
    expect(text).not.toMatch(/@(everyone|here)/i);
    expect(text).not.toMatch(/<@[!&]?\d/);
  }
}

describe('rendering any text', () => {
  it('keeps an answer built from any entry within every Discord limit and free of live mentions', () => {
    fc.assert(
      fc.property(entryArb, fc.array(entryArb, { maxLength: 5 }), fc.double({ min: 0, max: 1, noNaN: true }), (entry, related, confidence) => {
        const reply = renderAnswer({ entry, article, confidence, related });
        expectWithinLimits(reply);
        expectNoLiveMention(reply);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the no-answer reply to any question within limits and free of live mentions', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('not-covered', 'ambiguous', 'empty', 'too-long' as const), fc.array(entryArb, { maxLength: 4 }), (question, reason, suggestions) => {
        const reply = renderNoAnswer({ question, reason, suggestions });
        expectWithinLimits(reply);
        expectNoLiveMention(reply);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps any quotation within limits and free of live mentions', () => {
    fc.assert(
      fc.property(entryText(1000), entryText(100), (text, speaker) => {
        const reply = renderQuotation({ id: 'q', speaker, paragraph: 1, text }, article);
        expectWithinLimits(reply);
        expectNoLiveMention(reply);
      }),
      { numRuns: 200 },
    );
  });
});
