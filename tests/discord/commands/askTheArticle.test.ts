import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { messageContextInteraction } from '../../support/interactions.js';
import { message } from '../../support/payloads.js';
import { at, harnessPerTest, isPost } from '../harness.js';

const start = harnessPerTest();

describe('the "Ask the article" message command', () => {
  it('answers the question in the chosen message', async () => {
    const { fake } = await start();
    const target = message({ content: 'Who is Andres Pastrana anyway?' });
    const sent = fake.sendInteraction(messageContextInteraction({ name: 'Ask the article', target }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(at(req.body, 'data', 'embeds', 0, 'title')).toBe('Who is Andres Pastrana?');
    expect(at(req.body, 'data', 'allowed_mentions')).toEqual({ parse: [] });
  });

  it('tells the user privately when the chosen message has no text', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(messageContextInteraction({ name: 'Ask the article', target: message({ content: '' }) }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(at(req.body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    expect(String(at(req.body, 'data', 'content'))).toContain('no text');
  });
});
