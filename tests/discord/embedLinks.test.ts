import { describe, expect, it } from 'vitest';
import { GatewayDispatchEvents, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { denyBot, restrictedChannel } from '../support/fakeChannels.js';
import { chatInputInteraction, stringOption } from '../support/interactions.js';
import { at, harnessPerTest, isPost, isReplyTo, knowledge } from './harness.js';

const start = harnessPerTest();
const NO_EMBEDS_CHANNEL = '1300000000000000055';

async function expectedEntry(id: string) {
  const entry = (await knowledge()).entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id} in knowledge/`);
  return entry;
}

describe('a channel where the bot may send messages but not embed links', () => {
  it('gets the answer as plain text: answer, block-quoted quote, speaker, paragraph and source', async () => {
    const { fake } = await start();
    fake.dispatch({
      t: GatewayDispatchEvents.ChannelCreate,
      d: restrictedChannel(NO_EMBEDS_CHANNEL, [denyBot(PermissionFlagsBits.EmbedLinks)]),
    });
    const asked = fake.sendMessage({
      content: 'why did Petro stop sharing intelligence?',
      mentionsBot: true,
      channelId: NO_EMBEDS_CHANNEL,
    });

    const req = await fake.waitForRequest(isReplyTo(asked.id));
    const entry = await expectedEntry('why-petro-cut-intelligence');
    const content = String(at(req.body, 'content'));
    expect(at(req.body, 'embeds') ?? []).toEqual([]);
    expect(content).toContain(`**${entry.question}**`);
    expect(content).toContain(`> ${entry.quote}`);
    expect(content).toContain(`— ${entry.speaker ?? 'the article'}, paragraph ${entry.paragraph}`);
    expect(content).toContain('Source: Border Report · El Paso, Texas');
    expect(content.length).toBeLessThanOrEqual(2_000);
    expect(at(req.body, 'allowed_mentions', 'parse')).toEqual([]);
  });
});

describe('/ask where the interaction’s app permissions lack Embed Links', () => {
  it('answers in plain text with the quote as a block quote', async () => {
    const { fake } = await start();
    const withoutEmbeds = new PermissionsBitField(PermissionsBitField.All).remove(
      PermissionFlagsBits.EmbedLinks,
      PermissionFlagsBits.Administrator,
    );
    const sent = fake.sendInteraction(
      chatInputInteraction({
        name: 'ask',
        options: [stringOption('question', 'who is Juan Manuel Galan?')],
        appPermissions: withoutEmbeds.bitfield.toString(),
      }),
    );

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    const entry = await expectedEntry('who-is-galan');
    expect(at(req.body, 'data', 'embeds') ?? []).toEqual([]);
    expect(String(at(req.body, 'data', 'content'))).toContain(`> ${entry.quote}`);
    expect(at(req.body, 'data', 'allowed_mentions', 'parse')).toEqual([]);
  });
});
