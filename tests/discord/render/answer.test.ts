import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/knowledge/schema.js';
import { renderAnswer, renderQuotation } from '../../../src/discord/render/answer.js';
import { LIMITS } from '../../../src/discord/respond.js';
import { QUOTE_CUT_MARK } from '../../../src/discord/text.js';
import { article, entries } from '../../fixtures/knowledge.js';

const [bridge, cracks, alvarez] = entries as [Entry, Entry, Entry];
const ids = (reply: ReturnType<typeof renderAnswer>) =>
  (reply.components ?? []).map((row) => row.components.map((button) => button.custom_id));

describe('the answer embed', () => {
  it('has the matched question as title, the answer, the quote as a block quote with speaker and paragraph', () => {
    const [embed] = renderAnswer({ entry: bridge, article, confidence: 0.874, related: [] }).embeds ?? [];

    expect(embed?.title).toBe('Why did the mayor close the bridge?');
    expect(embed?.description).toBe(
      [
        'He says the bridge is not safe.',
        '',
        '> “The bridge is not safe,” Mayor Quimby wrote on X on Monday.',
        '— Mayor Quimby, paragraph 2',
      ].join('\n'),
    );
    expect(embed?.fields).toEqual([{ name: 'Source', value: 'Test Gazette · Springfield', inline: true }]);
    expect(embed?.footer?.text).toBe('Confidence 87%');
  });

  it('attributes a quote without a speaker to the article', () => {
    const [embed] = renderAnswer({ entry: cracks, article, confidence: 1, related: [] }).embeds ?? [];
    expect(embed?.description?.endsWith('— the article, paragraph 3')).toBe(true);
  });

  it('says the user picked the question instead of a confidence', () => {
    const [embed] = renderAnswer({ entry: cracks, article, confidence: null, related: [] }).embeds ?? [];
    expect(embed?.footer?.text).toBe('You picked this question');
  });

  it('has Helpful / Not helpful buttons, then up to three related questions without the answered one', () => {
    const reply = renderAnswer({ entry: bridge, article, confidence: 1, related: [bridge, cracks, alvarez] });
    expect(ids(reply)).toEqual([
      ['fb:up:bridge-closed', 'fb:down:bridge-closed'],
      ['ask:cracks-found', 'ask:alvarez-reaction'],
    ]);
    expect(reply.components?.[0]?.components.map((b) => b.label)).toEqual(['Helpful', 'Not helpful']);
  });

  it('has no row of related questions when there are none', () => {
    expect(ids(renderAnswer({ entry: bridge, article, confidence: 1, related: [] }))).toEqual([
      ['fb:up:bridge-closed', 'fb:down:bridge-closed'],
    ]);
  });

  it('shows curated text as written, markdown and mentions inert', () => {
    const tricky = { ...bridge, answer: 'He says *all* of @everyone must wait.' };
    const [embed] = renderAnswer({ entry: tricky, article, confidence: 1, related: [] }).embeds ?? [];
    expect(embed?.description).toContain('\\*all\\*');
    expect(embed?.description).not.toContain('@everyone');
  });

  it('keeps a very long quote within the description limit, its cut marked, and the attribution intact', () => {
    const long = { ...bridge, quote: 'The bridge is not safe and '.repeat(300).trim() };
    const [embed] = renderAnswer({ entry: long, article, confidence: 1, related: [] }).embeds ?? [];
    expect(embed?.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed?.description).toContain(`${QUOTE_CUT_MARK}\n— Mayor Quimby, paragraph 2`);
  });

  it('is private when asked to be', () => {
    expect(renderAnswer({ entry: bridge, article, confidence: 1, related: [], ephemeral: true }).ephemeral).toBe(true);
  });
});

describe('the quotation embed', () => {
  it('shows the words as a block quote with speaker, paragraph and source', () => {
    const quotation = { id: 'unsafe', speaker: 'Mayor Quimby', paragraph: 2, text: 'The bridge is not safe,' };
    const [embed] = renderQuotation(quotation, article).embeds ?? [];
    expect(embed?.title).toBe('Quote from Mayor Quimby');
    expect(embed?.description).toBe('> The bridge is not safe,\n— Mayor Quimby, paragraph 2');
    expect(embed?.fields?.[0]?.value).toBe('Test Gazette · Springfield');
  });
});
