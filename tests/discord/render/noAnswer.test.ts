import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/knowledge/schema.js';
import { ASK_HINT, renderNoAnswer } from '../../../src/discord/render/noAnswer.js';
import { entries } from '../../fixtures/knowledge.js';

const [bridge, cracks] = entries as [Entry, Entry];

describe('the no-answer reply', () => {
  it('says kindly that the article does not cover the question, and points to /ask', () => {
    const reply = renderNoAnswer({ question: 'what is the weather?', reason: 'not-covered', suggestions: [] });
    expect(reply.content).toBe(`Sorry, the article doesn’t seem to cover “what is the weather?”.\n${ASK_HINT}`);
    expect(reply.embeds).toBeUndefined();
    expect(reply.components).toBeUndefined();
  });

  it('offers up to three "did you mean" buttons for near entries', () => {
    const reply = renderNoAnswer({ question: 'bridge cracks?', reason: 'ambiguous', suggestions: [bridge, cracks] });
    expect(reply.content).toContain('Did you mean one of these?');
    expect(reply.components?.[0]?.components.map((b) => [b.custom_id, b.label])).toEqual([
      ['ask:bridge-closed', 'Why did the mayor close the bridge?'],
      ['ask:cracks-found', 'How many cracks did engineers find?'],
    ]);
  });

  it('echoes the question inert: no pings, no markdown, no line breaks, and short', () => {
    const question = `@everyone <@&1500000000000000001> **look**\n# ${'very long '.repeat(50)}`;
    const reply = renderNoAnswer({ question, reason: 'not-covered', suggestions: [] });
    const firstLine = reply.content?.split('\n')[0] ?? '';
    expect(firstLine).not.toMatch(/@everyone|<@&\d/);
    expect(firstLine).toContain('\\*\\*look\\*\\*');
    expect(firstLine.length).toBeLessThan(260);
  });

  it('asks for a question when there was none, and for a shorter one when it was too long', () => {
    expect(renderNoAnswer({ question: '', reason: 'empty', suggestions: [] }).content).toMatch(/^What would you like to know/);
    expect(renderNoAnswer({ question: 'x', reason: 'too-long', suggestions: [] }).content).toMatch(/one short question/);
  });
});
