import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { COMMANDS } from '../../src/discord/commands/index.js';
import { commandPayload, deployCommands } from '../../src/discord/deploy.js';
import { FakeDiscord } from '../support/fakeDiscord.js';
import { FAKE_IDS } from '../support/payloads.js';
import { TOKEN } from './harness.js';

let fake: FakeDiscord;

beforeEach(async () => {
  fake = await FakeDiscord.start();
});

afterEach(async () => {
  await fake.close();
});

// What Discord receives: the JSON of the list (builders leave some fields undefined, which JSON drops).
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('deploy-commands', () => {
  it('PUTs exactly the dispatcher’s command list to the guild when GUILD_ID is set', async () => {
    const target = { token: TOKEN, clientId: FAKE_IDS.application, guildId: FAKE_IDS.guild, apiUrl: fake.apiUrl };

    const result = await deployCommands(target, COMMANDS);

    const put = fake.requests.filter((r) => r.method === 'PUT');
    expect(put.map((r) => r.path)).toEqual([`/applications/${FAKE_IDS.application}/guilds/${FAKE_IDS.guild}/commands`]);
    expect(put[0]?.body).toEqual(asJson(COMMANDS.map((command) => command.data)));
    expect(put[0]?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(result).toEqual({ scope: 'guild', count: COMMANDS.length });
  });

  it('PUTs the list globally without GUILD_ID', async () => {
    await deployCommands({ token: TOKEN, clientId: FAKE_IDS.application, apiUrl: fake.apiUrl }, COMMANDS);

    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/applications/${FAKE_IDS.application}/commands`);
    expect(put?.body).toEqual(asJson(commandPayload(COMMANDS)));
  });

  it('registers /ask, /quote, /about, the "Ask the article" message command and the moderators\' /kb', () => {
    expect(commandPayload(COMMANDS).map((c) => c.name)).toEqual(['ask', 'quote', 'Ask the article', 'about', 'kb']);
  });

  it('reports a rejected token as one clear configuration line', async () => {
    fake.failNext((r) => r.method === 'PUT', { status: 401, body: { message: '401: Unauthorized', code: 0 } });

    const deploying = deployCommands({ token: TOKEN, clientId: FAKE_IDS.application, apiUrl: fake.apiUrl }, COMMANDS);

    await expect(deploying).rejects.toThrow(ConfigError);
    await expect(deploying).rejects.toThrow(/DISCORD_TOKEN was rejected by Discord/);
  });
});
