import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { at, harnessPerTest, isPost, slash } from '../harness.js';

const start = harnessPerTest();

describe('/about', () => {
  it('tells the user privately what the bot covers, how to ask and the commands', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(slash('about'));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    const embed = at(req.body, 'data', 'embeds', 0);
    expect(at(req.body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    expect(String(at(embed, 'description'))).toContain('Border Report · El Paso, Texas');
    const commands = String(at(embed, 'fields', 1, 'value'));
    for (const name of ['/ask', '/quote', '/about']) expect(commands).toContain(name);
  });
});
