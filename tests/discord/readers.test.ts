import { describe, expect, it } from 'vitest';
import { prop } from '../support/fakeRest.js';
import { at, harnessPerTest, isReplyTo, knowledge } from './harness.js';

const start = harnessPerTest();

// Questions of several kinds of reader, asked by mentioning the bot (issue 9).
describe('a mention asked the way people write in Discord', () => {
  it.each([
    ['with filler and a role for a name', 'ngl real quick, who’s the lawmaker in this story?', 9],
    ['with texting forms', 'hw mny ppl died cuz of the strikes', 5],
    ['buried in a long message', "ok I've been following this all weekend and the group chat is split on it, but the one thing I can't figure out is when the strikes started", 5],
  ])('is answered %s, quoting the right paragraph', async (_kind, content, paragraph) => {
    const { fake } = await start();
    const asked = fake.sendMessage({ content, mentionsBot: true });

    const req = await fake.waitForRequest(isReplyTo(asked.id));
    const text = (await knowledge()).article.paragraphs[paragraph - 1] ?? '';
    const quoted = String(at(req.body, 'embeds', 0, 'description') ?? '').match(/^> (.+)$/m)?.[1] ?? '';
    expect(quoted.length).toBeGreaterThan(0);
    expect(text).toContain(quoted);
  });

  it('gets the polite no-answer, not a neighbouring entry, for a kind of answer the article lacks', async () => {
    const { fake } = await start();
    const asked = fake.sendMessage({ content: 'how tall is petro', mentionsBot: true });

    const req = await fake.waitForRequest(isReplyTo(asked.id));
    expect(prop(req.body, 'content')).toMatch(/doesn’t seem to cover/);
    expect(prop(req.body, 'embeds') ?? []).toEqual([]);
  });
});
