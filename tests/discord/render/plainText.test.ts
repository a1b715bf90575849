import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/knowledge/schema.js';
import { renderAnswer, renderQuotation } from '../../../src/discord/render/answer.js';
import { withoutEmbeds } from '../../../src/discord/render/plainText.js';
import { LIMITS } from '../../../src/discord/respond.js';
import { QUOTE_CUT_MARK } from '../../../src/discord/text.js';
import { article, entries } from '../../fixtures/knowledge.js';

const [bridge] = entries as [Entry];

describe('an answer as plain text', () => {
  it('keeps the question, answer, block-quoted quote, attribution, source and confidence, in that order', () => {
    const reply = withoutEmbeds(renderAnswer({ entry: bridge, article, confidence: 0.874, related: [] }));
    expect(reply.embeds).toBeUndefined();
    expect(reply.content).toBe(
      [
        '**Why did the mayor close the bridge?**',
        'He says the bridge is not safe.',
        '',
        '> “The bridge is not safe,” Mayor Quimby wrote on X on Monday.',
        '— Mayor Quimby, paragraph 2',
        'Source: Test Gazette · Springfield',
        '-# Confidence 87%',
      ].join('\n'),
    );
    expect(reply.components?.[0]?.components.map((b) => b.label)).toEqual(['Helpful', 'Not helpful']);
  });

  it('fits 2,000 characters with the longest entry, the quote’s cut marked and the attribution intact', () => {
    const longest = { ...bridge, question: 'q'.repeat(300), answer: 'a '.repeat(500).trim(), quote: 'word '.repeat(200).trim() };
    const content = withoutEmbeds(renderAnswer({ entry: longest, article, confidence: 1, related: [] })).content ?? '';
    expect(content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(content).toContain(`${QUOTE_CUT_MARK}\n— Mayor Quimby, paragraph 2\nSource:`);
  });

  it('cannot ping anyone through curated text', () => {
    const tricky = { ...bridge, answer: 'Ask @everyone and <@&123456789012345678>.' };
    const content = withoutEmbeds(renderAnswer({ entry: tricky, article, confidence: 1, related: [] })).content ?? '';
    expect(content).not.toMatch(/@(everyone|here)|<@[!&]?\d/);
  });

  it('flattens any other embed: title, description, fields', () => {
    const quotation = { id: 'unsafe', speaker: 'Mayor Quimby', paragraph: 2, text: 'The bridge is not safe,' };
    expect(withoutEmbeds(renderQuotation(quotation, article)).content).toBe(
      '**Quote from Mayor Quimby**\n> The bridge is not safe,\n— Mayor Quimby, paragraph 2\n**Source:** Test Gazette · Springfield',
    );
  });
});
