import { describe, expect, it } from 'vitest';
import { GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import { looksLikeQuestion, withoutBotMention } from '../../src/discord/messages.js';
import { prop } from '../support/fakeRest.js';
import { FAKE_IDS, botUser, message, user } from '../support/payloads.js';
import { TOKEN, at, customIds, harnessPerTest, isChannelPost, isReplyTo, knowledge, sentMessages } from './harness.js';

const start = harnessPerTest();

describe('a question asked in a message', () => {
  it('is answered, when it mentions the bot, with a reply carrying the verbatim quote', async () => {
    const { fake } = await start();
    const asked = fake.sendMessage({ content: 'why did Petro stop sharing intelligence?', mentionsBot: true });

    const req = await fake.waitForRequest(isReplyTo(asked.id));
    const entry = (await knowledge()).entries.find((e) => e.id === 'why-petro-cut-intelligence');
    expect(req.path).toBe(`/channels/${FAKE_IDS.textChannel}/messages`);
    expect(at(req.body, 'embeds', 0, 'title')).toBe(entry?.question);
    expect(at(req.body, 'embeds', 0, 'description')).toContain(`> ${entry?.quote}`);
    expect(at(req.body, 'embeds', 0, 'fields', 0, 'value')).toBe('Border Report · El Paso, Texas');
    expect(at(req.body, 'allowed_mentions')).toEqual({ parse: [], replied_user: true });
    expect(customIds(req.body)).toContain('fb:up:why-petro-cut-intelligence');
  });

  it('answers the message replied to when the bot is mentioned in a reply to someone else', async () => {
    const { fake } = await start();
    const original = message({ content: 'how many boats has the US destroyed?', author: user('1400000000000000077', 'bob') });
    const asked = fake.sendMessage({ content: 'this one', mentionsBot: true, referencedMessage: original });

    const req = await fake.waitForRequest(isReplyTo(asked.id));
    expect(at(req.body, 'embeds', 0, 'title')).toBe('How many boats has the U.S. destroyed?');
  });

  it('answers the reply itself when it replies to one of the bot’s own answers', async () => {
    const { fake } = await start();
    const answer = message({ content: 'an earlier answer', author: botUser });
    const asked = fake.sendMessage({ content: 'who is Juan Manuel Galan?', mentionsBot: true, referencedMessage: answer });

    const req = await fake.waitForRequest(isReplyTo(asked.id));
    expect(at(req.body, 'embeds', 0, 'title')).toBe('Who is Juan Manuel Galan?');
  });

  it('is answered in a direct message without any mention', async () => {
    const { fake } = await start();
    fake.sendMessage({ content: 'who is Gustavo Petro?', guild: false });

    const req = await fake.waitForRequest(isChannelPost(FAKE_IDS.dmChannel));
    expect(at(req.body, 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
  });

  it('gets a friendly "not covered" reply with no answer embed when the article does not cover it', async () => {
    const { fake } = await start();
    const asked = fake.sendMessage({ content: 'what is the capital of France?', mentionsBot: true });

    const req = await fake.waitForRequest(isReplyTo(asked.id));
    expect(prop(req.body, 'content')).toMatch(/the article doesn’t seem to cover “what is the capital of France\?”/);
    expect(prop(req.body, 'content')).toContain('/ask');
    expect(prop(req.body, 'embeds') ?? []).toEqual([]);
  });

  it('offers "did you mean" buttons for a near miss', async () => {
    const { fake } = await start();
    const asked = fake.sendMessage({ content: 'sanctions and funding', mentionsBot: true });

    const req = await fake.waitForRequest(isReplyTo(asked.id));
    expect(prop(req.body, 'content')).toContain('Did you mean');
    expect(customIds(req.body).length).toBeGreaterThan(0);
    expect(customIds(req.body).every((id) => id.startsWith('ask:'))).toBe(true);
  });

  it('echoes @everyone and role mentions from the question inert', async () => {
    const { fake } = await start();
    const content = 'is @everyone <@&1500000000000000001> invited to the *party*?';
    const asked = fake.sendMessage({ content, mentionsBot: true });

    const req = await fake.waitForRequest(isReplyTo(asked.id));
    const reply = String(prop(req.body, 'content'));
    expect(reply).not.toContain('@everyone');
    expect(reply).not.toContain('<@&1500000000000000001>');
    expect(reply).toContain('\\*party\\*');
    expect(at(req.body, 'allowed_mentions')).toEqual({ parse: [], replied_user: true });
  });

  it('ignores messages from bots, including its own', async () => {
    const { fake } = await start();
    const otherBot = user('1400000000000000088', 'other-bot', true);
    fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true, author: otherBot });
    fake.sendMessage({ content: 'who is Gustavo Petro?', guild: false, author: botUser });
    const human = fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true });

    await fake.waitForRequest(isReplyTo(human.id));
    expect(sentMessages(fake)).toHaveLength(1);
  });

  it('ignores a guild message that does not mention the bot outside the Q&A channels', async () => {
    const { fake } = await start();
    fake.sendMessage({ content: 'who is Gustavo Petro?' });
    const mention = fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true });

    await fake.waitForRequest(isReplyTo(mention.id));
    expect(sentMessages(fake)).toHaveLength(1);
  });

  it('answers question-like messages in a Q&A channel without a mention, and stays quiet on chat', async () => {
    const { fake } = await start({ qaChannelIds: [FAKE_IDS.textChannel] });
    fake.sendMessage({ content: 'good morning everyone' });
    fake.sendMessage({ content: 'what is the capital of France?' });
    const question = fake.sendMessage({ content: 'who is Andres Pastrana?' });

    const req = await fake.waitForRequest(isReplyTo(question.id));
    expect(at(req.body, 'embeds', 0, 'title')).toBe('Who is Andres Pastrana?');
    expect(sentMessages(fake)).toHaveLength(1);
  });

  it('is throttled silently when the same user asks again within the cooldown', async () => {
    const { fake, logs } = await start({ cooldownSeconds: 60 });
    const first = fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true });
    await fake.waitForRequest(isReplyTo(first.id));

    fake.sendMessage({ content: 'who is Andres Pastrana?', mentionsBot: true });
    await expect.poll(() => logs.some((line) => line.includes('"event":"throttled"')), { timeout: 2_000 }).toBe(true);
    const other = fake.sendMessage({ content: 'who is Andres Pastrana?', mentionsBot: true, authorId: '1400000000000000099' });

    await fake.waitForRequest(isReplyTo(other.id));
    expect(sentMessages(fake).map(({ message: sent }) => at(sent, 'message_reference', 'message_id'))).toEqual([
      first.id,
      other.id,
    ]);
  });

  it('is still answered after the gateway drops the connection and the bot resumes', async () => {
    const { fake } = await start();
    await fake.closeGateway(4000);
    const asked = fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true });

    const req = await fake.waitForRequest(isReplyTo(asked.id), 5_000);
    expect(at(req.body, 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
    expect(fake.gatewayFrames.some((f) => f.op === GatewayOpcodes.Resume)).toBe(true);
  });
});

describe('the bot’s connection', () => {
  it('asks for the Message Content intent only when Q&A channels are configured', async () => {
    const without = await start();
    const plain = await without.fake.waitForGatewayOp(GatewayOpcodes.Identify);
    await without.stop();
    const withChannels = await start({ qaChannelIds: [FAKE_IDS.textChannel] });
    const privileged = await withChannels.fake.waitForGatewayOp(GatewayOpcodes.Identify);

    const intents = (frame: unknown) => Number(prop(frame, 'intents'));
    expect(intents(plain.d) & GatewayIntentBits.MessageContent).toBe(0);
    expect(intents(privileged.d) & GatewayIntentBits.MessageContent).toBe(GatewayIntentBits.MessageContent);
    const needed = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;
    expect(intents(plain.d)).toBe(needed);
  });

  it('never writes the token in a log line', async () => {
    const { fake, logs } = await start();
    const asked = fake.sendMessage({ content: `who is Gustavo Petro? ${TOKEN}`, mentionsBot: true });
    await fake.waitForRequest(isReplyTo(asked.id));

    expect(logs.some((line) => line.includes('"event":"ready"'))).toBe(true);
    expect(logs.filter((line) => line.includes(TOKEN))).toEqual([]);
  });
});

describe('recognising questions', () => {
  it('takes a trailing question mark or an opening question word as a question', () => {
    expect(looksLikeQuestion('Petro did what?')).toBe(true);
    expect(looksLikeQuestion('how many boats were destroyed')).toBe(true);
    expect(looksLikeQuestion('good morning everyone')).toBe(false);
    expect(looksLikeQuestion('how')).toBe(false);
    expect(looksLikeQuestion('')).toBe(false);
  });

  it('strips the bot’s mention in both its forms', () => {
    expect(withoutBotMention(`<@${FAKE_IDS.bot}> who is Petro? <@!${FAKE_IDS.bot}>`, FAKE_IDS.bot)).toBe('who is Petro?');
  });
});

