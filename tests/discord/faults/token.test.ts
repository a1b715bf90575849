/**
 * A token Discord no longer accepts, seen by the bot's own process as
 * `npm start` runs it: one clear line for the operator and a non-zero exit,
 * never a loop of reconnects that Discord would count against the bot.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayCloseCodes, GatewayOpcodes } from 'discord.js';
import { FakeDiscord } from '../../support/fakeDiscord.js';
import { spawnBot, within, type BotChild } from './botChild.js';

const STARTUP_MS = 30_000;
const EXIT_MS = 15_000;
const TOKEN_REJECTED = /^Configuration error: DISCORD_TOKEN was rejected by Discord; copy the token again/;

const running: { fake: FakeDiscord; bot: BotChild }[] = [];
afterEach(async () => {
  for (const { fake, bot } of running.splice(0)) {
    await bot.stop();
    await fake.close();
  }
});

async function startBotProcess(prepare: (fake: FakeDiscord) => void = () => undefined) {
  const fake = await FakeDiscord.start();
  prepare(fake);
  const bot = await spawnBot({ fake });
  running.push({ fake, bot });
  return { fake, bot };
}

const framesWith = (fake: FakeDiscord, op: GatewayOpcodes) => fake.gatewayFrames.filter((frame) => frame.op === op);

describe('a token Discord rejects', () => {
  it('stops the running bot with one clear line and exit code 1 when the gateway closes with 4004', async () => {
    const { fake, bot } = await startBotProcess();
    await bot.stderr.waitFor((line) => line.includes('"event":"ready"'), STARTUP_MS, 'the bot ready');

    await fake.closeGateway(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    const code = await within(bot.exited, EXIT_MS, 'the bot exiting');

    expect(code).toBe(1);
    expect(bot.stderr.items.filter((line) => TOKEN_REJECTED.test(line))).toHaveLength(1);
    expect(framesWith(fake, GatewayOpcodes.Identify)).toHaveLength(1);
    expect(framesWith(fake, GatewayOpcodes.Resume)).toHaveLength(0);
  }, STARTUP_MS + EXIT_MS);

  it('ends the start-up with one clear line, no stack trace and exit code 1 when GET /gateway/bot answers 401', async () => {
    const unauthorized = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    const { fake, bot } = await startBotProcess((f) => f.failNext((req) => req.path === '/gateway/bot', unauthorized));

    const code = await within(bot.exited, STARTUP_MS, 'the bot exiting');

    expect(code).toBe(1);
    expect(bot.stderr.items.filter((line) => TOKEN_REJECTED.test(line))).toHaveLength(1);
    expect(bot.stderr.items.filter((line) => /^\s+at /.test(line))).toEqual([]);
    expect(fake.requests.filter((req) => req.path === '/gateway/bot')).toHaveLength(1);
    expect(framesWith(fake, GatewayOpcodes.Identify)).toHaveLength(0);
  }, STARTUP_MS);
});
