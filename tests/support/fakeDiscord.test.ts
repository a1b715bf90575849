import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, DiscordAPIError, Events, GatewayIntentBits, GatewayOpcodes, Partials } from 'discord.js';
import type { ChatInputCommandInteraction, Interaction, Message } from 'discord.js';
import { FakeDiscord, fakeClientOptions } from './fakeDiscord.js';
import type { FakeDiscordOptions, RecordedRequest } from './fakeDiscord.js';
import {
  autocompleteInteraction,
  chatInputInteraction,
  componentInteraction,
  messageContextInteraction,
  modalSubmitInteraction,
  stringOption,
} from './interactions.js';
import { prop } from './fakeRest.js';
import { FAKE_IDS, message } from './payloads.js';

let fake: FakeDiscord;
let client: Client;
let handlerErrors: unknown[];

function isPost(path: string): (req: RecordedRequest) => boolean {
  return (req) => req.method === 'POST' && req.path === path;
}

function nextEvent<T>(register: (resolve: (value: T) => void) => void, timeoutMs = 3_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
    register((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

async function login(): Promise<void> {
  const ready = nextEvent<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login('fake-token');
  await ready;
}

/** Runs `reply` for every non-bot message; its errors are collected and checked after each test. */
function replyToHumans(reply: (message: Message) => Promise<unknown>): void {
  client.on(Events.MessageCreate, (msg) => {
    if (!msg.author.bot) reply(msg).catch((error: unknown) => handlerErrors.push(error));
  });
}

/** Runs `handle` for every chat-input command; its errors are collected and checked after each test. */
function onChatInput(handle: (interaction: ChatInputCommandInteraction) => Promise<unknown>): void {
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) handle(interaction).catch((error: unknown) => handlerErrors.push(error));
  });
}

function send(msg: Message, content: string): Promise<Message> {
  if (!msg.channel.isSendable()) throw new Error(`channel ${msg.channelId} is not sendable`);
  return msg.channel.send(content);
}

async function start(options?: FakeDiscordOptions): Promise<void> {
  fake = await FakeDiscord.start(options);
  client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.MessageContent,
    ],
    partials: [Partials.Channel],
    ...fakeClientOptions(fake),
  });
}

beforeEach(async () => {
  handlerErrors = [];
  await start();
});

afterEach(async () => {
  try {
    await client.destroy();
  } finally {
    await fake.close();
  }
  expect(handlerErrors).toEqual([]);
});

describe('the fake Discord', () => {
  it('lets a discord.js client log in and cache the test guild and its text channel', async () => {
    await login();

    expect(client.user?.id).toBe(FAKE_IDS.bot);
    const guild = client.guilds.cache.get(FAKE_IDS.guild);
    expect(guild?.members.cache.has(FAKE_IDS.bot)).toBe(true);
    expect(client.channels.cache.get(FAKE_IDS.textChannel)?.isTextBased()).toBe(true);
    const identify = await fake.waitForGatewayOp(GatewayOpcodes.Identify);
    expect(identify.d).toMatchObject({ token: 'fake-token', shard: [0, 1] });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /gateway/bot');
  });

  it('records the reply a bot posts to a guild message', async () => {
    await login();
    replyToHumans((msg) => msg.reply(`echo: ${msg.content}`));

    const sent = fake.sendMessage({ content: 'hello', authorId: '1400000000000000042' });

    const req = await fake.waitForRequest(isPost(`/channels/${FAKE_IDS.textChannel}/messages`));
    expect(req.body).toMatchObject({ content: 'echo: hello', message_reference: { message_id: sent.id } });
    expect(req.headers.authorization).toBe('Bot fake-token');
  });

  it('delivers a direct message when the Channel partial is enabled', async () => {
    await login();
    replyToHumans((msg) => send(msg, `dm echo: ${msg.content}`));

    fake.sendMessage({ content: 'psst', guild: false });

    const req = await fake.waitForRequest(isPost(`/channels/${FAKE_IDS.dmChannel}/messages`));
    expect(req.body).toMatchObject({ content: 'dm echo: psst' });
  });

  it('answers a chat-input command with an interaction callback of type 4', async () => {
    await login();
    onChatInput((interaction) => interaction.reply(`You asked: ${interaction.options.getString('question', true)}`));

    const ask = chatInputInteraction({ name: 'ask', options: [stringOption('question', 'why?')] });
    const sent = fake.sendInteraction(ask);

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(req.body).toEqual({ type: 4, data: expect.objectContaining({ content: 'You asked: why?' }) });
    expect(req.headers.authorization).toBeUndefined();
  });

  it('keeps the %40original reply across defer, edit and fetch', async () => {
    await login();
    const fetched = nextEvent<string>((resolve) =>
      onChatInput(async (interaction) => {
        await interaction.deferReply();
        await interaction.editReply('done thinking');
        resolve((await interaction.fetchReply()).content);
      }),
    );

    const sent = fake.sendInteraction(chatInputInteraction({ name: 'slow' }));

    expect(await fetched).toBe('done thinking');
    const originalPath = `${sent.webhookPath}/messages/@original`;
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === originalPath);
    expect(edit.body).toMatchObject({ content: 'done thinking' });
    expect(fake.requests.find(isPost(sent.callbackPath))?.body).toMatchObject({ type: 5 });
  });

  it('parses multipart replies from payload_json and lists the files', async () => {
    await login();
    onChatInput((interaction) =>
      interaction.reply({ content: 'see file', files: [{ attachment: Buffer.from('hi'), name: 'note.txt' }] }),
    );

    const sent = fake.sendInteraction(chatInputInteraction({ name: 'file' }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(req.body).toMatchObject({ type: 4, data: { content: 'see file' } });
    expect(req.files).toEqual([expect.objectContaining({ field: 'files[0]', name: 'note.txt', size: 2 })]);
  });

  it('builds interaction payloads discord.js recognises as each interaction kind', async () => {
    await login();
    const seen: string[] = [];
    client.on(Events.InteractionCreate, (i: Interaction) => {
      if (i.isAutocomplete()) seen.push(`autocomplete ${i.options.getFocused()}`);
      else if (i.isMessageContextMenuCommand()) seen.push(`context ${i.targetMessage.content}`);
      else if (i.isButton()) seen.push(`button ${i.customId}`);
      else if (i.isStringSelectMenu()) seen.push(`select ${i.values.join(',')}`);
      else if (i.isModalSubmit()) seen.push(`modal ${i.fields.getTextInputValue('answer')}`);
    });

    fake.sendInteraction(autocompleteInteraction({ name: 'ask', options: [stringOption('question', 'wh', true)] }));
    fake.sendInteraction(messageContextInteraction({ name: 'Explain', target: message({ content: 'target text' }) }));
    fake.sendInteraction(componentInteraction({ customId: 'more' }));
    fake.sendInteraction(componentInteraction({ customId: 'pick', values: ['a', 'b'] }));
    fake.sendInteraction(modalSubmitInteraction({ customId: 'form', values: { answer: '42' } }));

    await expect.poll(() => seen, { timeout: 2_000 }).toHaveLength(5);
    expect(seen).toEqual(['autocomplete wh', 'context target text', 'button more', 'select a,b', 'modal 42']);
  });

  it('resumes after the gateway closes with 4000 and replays the messages it missed', async () => {
    await login();
    replyToHumans((msg) => msg.reply(`echo: ${msg.content}`));
    const resumed = nextEvent<void>((resolve) => client.once(Events.ShardResume, () => resolve()));

    await fake.closeGateway(4000);
    fake.sendMessage({ content: 'while away' });

    const resume = await fake.waitForGatewayOp(GatewayOpcodes.Resume, 4_000);
    expect(resume.d).toMatchObject({ token: 'fake-token', seq: 2 });
    await resumed;
    await fake.waitForRequest((r) => r.method === 'POST' && prop(r.body, 'content') === 'echo: while away');

    fake.sendMessage({ content: 'after resume' });
    await fake.waitForRequest((r) => r.method === 'POST' && prop(r.body, 'content') === 'echo: after resume');
    expect(fake.gatewayFrames.filter((f) => f.op === GatewayOpcodes.Identify)).toHaveLength(1);
  });

  it('hands an injected REST failure to discord.js as a DiscordAPIError', async () => {
    await login();
    const failures: unknown[] = [];
    replyToHumans((msg) => send(msg, 'nope').catch((error: unknown) => failures.push(error)));
    fake.failNext(isPost(`/channels/${FAKE_IDS.textChannel}/messages`), {
      status: 403,
      body: { message: 'Missing Permissions', code: 50013 },
    });

    fake.sendMessage({ content: 'try' });

    await expect.poll(() => failures, { timeout: 2_000 }).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(DiscordAPIError);
    expect(failures[0]).toMatchObject({ code: 50013, status: 403 });
  });

  it('acknowledges heartbeats so discord.js measures a ping', async () => {
    await client.destroy();
    await fake.close();
    await start({ heartbeatIntervalMs: 50 });
    await login();

    await fake.waitForGatewayOp(GatewayOpcodes.Heartbeat);
    await expect.poll(() => client.ws.ping, { timeout: 2_000 }).toBeGreaterThanOrEqual(0);
  });

  it('answers unknown routes with 404 and records them', async () => {
    const res = await fetch(`${fake.apiUrl}/v10/nowhere`, { method: 'POST', body: '{"a":1}' });

    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'Unknown', code: 0 });
    expect(fake.requests).toEqual([expect.objectContaining({ method: 'POST', path: '/nowhere', body: { a: 1 } })]);
  });
});
