import { describe, expect, it } from 'vitest';
import { GatewayIntentBits, Partials } from 'discord.js';
import { ConfigError, parseConfig } from '../../src/config.js';
import { clientOptionsFor, startBot } from '../../src/discord/bot.js';
import { memoryFeedback, staticKnowledge } from '../../src/discord/context.js';
import { Cooldown } from '../../src/discord/cooldown.js';
import { silentLogger } from '../../src/logger.js';
import { FakeDiscord, fakeClientOptions } from '../support/fakeDiscord.js';
import { TOKEN, harnessPerTest, knowledge } from './harness.js';

const start = harnessPerTest();

describe('starting the bot', () => {
  it('fails with one clear line, not a stack trace, when Discord rejects the token', async () => {
    const fake = await FakeDiscord.start();
    try {
      fake.failNext((r) => r.path === '/gateway/bot', { status: 401, body: { message: '401: Unauthorized', code: 0 } });
      const config = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
      const context = {
        config,
        knowledge: staticKnowledge(await knowledge()),
        feedback: memoryFeedback(),
        cooldown: new Cooldown(0),
        logger: silentLogger,
      };

      const starting = startBot(context, { clientOptions: fakeClientOptions(fake) });

      await expect(starting).rejects.toThrow(ConfigError);
      await expect(starting).rejects.toThrow(/^Configuration error: DISCORD_TOKEN was rejected by Discord/);
    } finally {
      await fake.close();
    }
  });

  it('fails with a clear line when DISCORD_TOKEN is missing', async () => {
    const context = {
      config: parseConfig({}),
      knowledge: staticKnowledge(await knowledge()),
      feedback: memoryFeedback(),
      cooldown: new Cooldown(0),
      logger: silentLogger,
    };

    await expect(startBot(context)).rejects.toThrow('Configuration error: DISCORD_TOKEN is required (see .env.example)');
  });

  it('reports a gateway that refuses the Message Content intent as a configuration problem', async () => {
    const fatal: Error[] = [];
    const { fake, logs } = await start({ qaChannelIds: ['1300000000000000001'], onFatal: (error) => fatal.push(error) });

    await fake.closeGateway(4014);

    await expect.poll(() => fatal, { timeout: 2_000 }).toHaveLength(1);
    expect(fatal[0]).toBeInstanceOf(ConfigError);
    expect(fatal[0]?.message).toMatch(/QA_CHANNEL_IDS needs the privileged Message Content intent/);
    expect(logs.some((line) => line.includes('"event":"gateway-closed"'))).toBe(true);
  });

  it('stops cleanly: the client is destroyed and its gateway socket closed', async () => {
    const { bot } = await start();

    await bot.stop();

    expect(bot.client.isReady()).toBe(false);
  });
});

describe('the client options', () => {
  it('use the fewest intents, the Channel partial for DMs, and no mentions by default', () => {
    const options = clientOptionsFor(parseConfig({ DISCORD_API_URL: 'http://127.0.0.1:9/api' }));

    const { Guilds, GuildMessages, DirectMessages } = GatewayIntentBits;
    expect(options.intents).toEqual([Guilds, GuildMessages, DirectMessages]);
    expect(options.partials).toEqual([Partials.Channel, Partials.Message]);
    expect(options.allowedMentions).toEqual({ parse: [], repliedUser: true });
    expect(options.rest).toEqual({ api: 'http://127.0.0.1:9/api' });
  });
});
