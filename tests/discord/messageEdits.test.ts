import { describe, expect, it } from 'vitest';
import { prop } from '../support/fakeRest.js';
import { FAKE_IDS, nextSnowflake } from '../support/payloads.js';
import type { FakeDiscord, RecordedRequest } from '../support/fakeDiscord.js';
import { at, harnessPerTest, isReplyTo, sentMessages } from './harness.js';

const start = harnessPerTest();

const isEditOf = (replyId: string) => (req: RecordedRequest) =>
  req.method === 'PATCH' && req.path === `/channels/${FAKE_IDS.textChannel}/messages/${replyId}`;
const isDeleteOf = (replyId: string) => (req: RecordedRequest) =>
  req.method === 'DELETE' && req.path === `/channels/${FAKE_IDS.textChannel}/messages/${replyId}`;
const replies = (fake: FakeDiscord) => sentMessages(fake).filter(({ req }) => req.method === 'POST');

/** The id Discord gave the bot's reply to `questionId`. */
async function replyIdTo(fake: FakeDiscord, questionId: string): Promise<string> {
  const { response } = await fake.waitForResponse(isReplyTo(questionId));
  return String(prop(response.body, 'id'));
}

describe('an edited question', () => {
  it('gets its reply edited to the new answer, never a second reply', async () => {
    const { fake } = await start();
    const asked = fake.sendMessage({ content: 'what is the capital of France?', mentionsBot: true });
    const replyId = await replyIdTo(fake, asked.id);

    fake.editMessage(asked, 'How many boats has the U.S. destroyed?');
    const edit = await fake.waitForRequest(isEditOf(replyId));
    expect(at(edit.body, 'embeds', 0, 'title')).toBe('How many boats has the U.S. destroyed?');
    // The no-answer's text goes, and the answer's buttons replace the suggestions.
    expect(at(edit.body, 'content')).toBe('');
    expect(at(edit.body, 'allowed_mentions', 'parse')).toEqual([]);
    expect(replies(fake)).toHaveLength(1);
  });

  it('leaves the reply alone when the edit no longer asks anything', async () => {
    const { fake } = await start();
    const asked = fake.sendMessage({ content: 'How many boats has the U.S. destroyed?', mentionsBot: true });
    const replyId = await replyIdTo(fake, asked.id);

    fake.editMessage(asked, 'nvm, found it');
    fake.editMessage(asked, 'who is Juan Manuel Galan?');
    // Edits of one question are handled in order: once the second is applied, the first was decided.
    const edit = await fake.waitForRequest(isEditOf(replyId));
    expect(at(edit.body, 'embeds', 0, 'title')).toBe('Who is Juan Manuel Galan?');
    expect(fake.requests.filter(isEditOf(replyId))).toHaveLength(1);
  });

  it('leaves the reply alone when the edit comes after the edit window', async () => {
    const { fake, logs } = await start({ editWindowMinutes: 10 });
    const elevenMinutesAgo = nextSnowflake(Date.now() - 11 * 60_000);
    const asked = fake.sendMessage({ id: elevenMinutesAgo, content: 'How many boats has the U.S. destroyed?', mentionsBot: true });
    const replyId = await replyIdTo(fake, asked.id);

    fake.editMessage(asked, 'who is Juan Manuel Galan?');
    await expect.poll(() => logs.some((l) => l.includes('"event":"edit-ignored"')), { timeout: 2_000 }).toBe(true);
    expect(fake.requests.filter(isEditOf(replyId))).toEqual([]);
  });

  it('gets a first reply when a chat message in a Q&A channel is edited into a question', async () => {
    const { fake } = await start({ qaChannelIds: [FAKE_IDS.textChannel] });
    const chat = fake.sendMessage({ content: 'good morning everyone' });

    fake.editMessage(chat, 'How many boats has the U.S. destroyed?');
    const reply = await fake.waitForRequest(isReplyTo(chat.id));
    expect(at(reply.body, 'embeds', 0, 'title')).toBe('How many boats has the U.S. destroyed?');
    expect(replies(fake)).toHaveLength(1);
  });

  it('still edits the reply when the edit happened while the bot was reconnecting', async () => {
    const { fake } = await start();
    const asked = fake.sendMessage({ content: 'what is the capital of France?', mentionsBot: true });
    const replyId = await replyIdTo(fake, asked.id);

    await fake.closeGateway(4000);
    fake.editMessage(asked, 'How many boats has the U.S. destroyed?');
    const edit = await fake.waitForRequest(isEditOf(replyId), 5_000);
    expect(at(edit.body, 'embeds', 0, 'title')).toBe('How many boats has the U.S. destroyed?');
    expect(replies(fake)).toHaveLength(1);
  });
});

describe('a deleted question', () => {
  it('takes the bot’s reply with it', async () => {
    const { fake } = await start();
    const asked = fake.sendMessage({ content: 'How many boats has the U.S. destroyed?', mentionsBot: true });
    const replyId = await replyIdTo(fake, asked.id);

    fake.deleteMessage(asked);
    const deletion = await fake.waitForResponse(isDeleteOf(replyId));
    expect(deletion.response.status).toBe(204);
  });

  it('takes the reply with it even when deleted while the answer was on its way', async () => {
    const { fake } = await start();
    fake.faults.slowDown((req) => req.method === 'POST', 300);
    const asked = fake.sendMessage({ content: 'How many boats has the U.S. destroyed?', mentionsBot: true });
    fake.deleteMessage(asked);

    const replyId = await replyIdTo(fake, asked.id);
    const deletion = await fake.waitForResponse(isDeleteOf(replyId));
    expect(deletion.response.status).toBe(204);
  });
});
