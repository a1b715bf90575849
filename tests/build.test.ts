/**
 * The compiled bot, started as `npm start` starts it (`node dist/index.js`),
 * against a fake Discord: the one start-up smoke test of the build.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnBot, within, type BotChild } from './discord/faults/botChild.js';
import { isReplyTo } from './discord/harness.js';
import { FakeDiscord } from './support/fakeDiscord.js';

const STARTUP_MS = 30_000;
let fake: FakeDiscord | undefined;
let bot: BotChild | undefined;
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('the compiled bot in dist/', () => {
  it('becomes ready, answers a mention and exits 0 on SIGTERM', async () => {
    fake = await FakeDiscord.start();
    bot = await spawnBot({ fake, env: { COOLDOWN_SECONDS: '0' } });
    await bot.stderr.waitFor((line) => line.includes('"event":"ready"'), STARTUP_MS, 'the bot ready');

    const question = 'Why did Petro stop sharing intelligence with the U.S.?';
    const asked = fake.sendMessage({ content: question, mentionsBot: true });
    const reply = await fake.waitForRequest(isReplyTo(asked.id), 10_000);
    expect(JSON.stringify(reply.body)).toContain('punitive action');

    bot.process.kill('SIGTERM');
    expect(await within(bot.exited, 15_000, 'the bot exiting')).toBe(0);
  }, STARTUP_MS + 30_000);
});
