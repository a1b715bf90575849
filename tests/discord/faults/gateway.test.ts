/**
 * The gateway connection breaking the ways Discord's do: the bot comes back
 * each time, answers what was asked while it was away once, and the next
 * question too. A short heartbeat makes a silent (zombie) connection show quickly.
 */
import { describe, expect, it } from 'vitest';
import { GatewayOpcodes } from 'discord.js';
import type { FakeDiscord } from '../../support/fakeDiscord.js';
import { at, harnessPerTest, isReplyTo, slash } from '../harness.js';
import { callbacksOf, errorsLogged, isCallbackOf, logEntries, repliesTo } from './faultKit.js';

const start = harnessPerTest();
const HEARTBEAT_MS = 250;
const RECOVERY_MS = 8_000;

type Disruption = [what: string, disrupt: (fake: FakeDiscord) => Promise<void> | void, recovery: GatewayOpcodes];
const DISRUPTIONS: Disruption[] = [
  ['closes the connection with 4000', (fake) => fake.closeGateway(4000, 'Unknown error'), GatewayOpcodes.Resume],
  ['drops the connection without a close frame (1006)', (fake) => fake.disruptGateway('drop'), GatewayOpcodes.Resume],
  ['asks the bot to reconnect (op 7)', (fake) => fake.disruptGateway('reconnect'), GatewayOpcodes.Resume],
  ['invalidates the session (op 9, not resumable)', (fake) => fake.disruptGateway('invalidate-session'), GatewayOpcodes.Identify],
  ['stops acknowledging heartbeats', (fake) => fake.disruptGateway('zombie'), GatewayOpcodes.Resume],
];

const count = (fake: FakeDiscord, op: GatewayOpcodes) => fake.gatewayFrames.filter((frame) => frame.op === op).length;

describe('a gateway connection that breaks', () => {
  it.each(DISRUPTIONS)('is recovered when Discord %s, and every question is answered once', async (_what, disrupt, recovery) => {
    const { fake, logs } = await start({ fake: { heartbeatIntervalMs: HEARTBEAT_MS } });
    const before = fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true });
    await fake.waitForRequest(isReplyTo(before.id));
    const connections = count(fake, recovery);

    await disrupt(fake);
    const whileAway = fake.sendMessage({ content: 'who is Andres Pastrana?', mentionsBot: true });
    await expect.poll(() => count(fake, recovery), { timeout: RECOVERY_MS }).toBe(connections + 1);
    const awayReply = await fake.waitForRequest(isReplyTo(whileAway.id), RECOVERY_MS);
    const next = fake.sendInteraction(slash('ask', { question: 'how many boats has the US destroyed?' }));
    const nextReply = await fake.waitForRequest(isCallbackOf(next.id), RECOVERY_MS);

    expect(at(awayReply.body, 'embeds', 0, 'title')).toBe('Who is Andres Pastrana?');
    expect(at(nextReply.body, 'data', 'embeds', 0, 'title')).toBe('How many boats has the U.S. destroyed?');
    expect([before, whileAway].map((asked) => repliesTo(fake, asked.id).length)).toEqual([1, 1]);
    expect(errorsLogged(logs)).toEqual([]);
  });
});

describe('events Discord replays on resume', () => {
  it('are acted on once, even when the replay repeats events the bot already handled', async () => {
    // Discord may resend, around a resume, events the client had already received: here, all of them.
    const { fake, logs } = await start({ fake: { replayOverlap: 20 } });
    const mentions = Array.from({ length: 15 }, (_, n) =>
      fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true, authorId: `14000000000000001${10 + n}` }),
    );
    await Promise.all(mentions.map((m) => fake.waitForRequest(isReplyTo(m.id))));
    const asked = fake.sendInteraction(slash('ask', { question: 'who is Andres Pastrana?' }));
    await fake.waitForRequest(isCallbackOf(asked.id));

    await fake.closeGateway(4000);
    await fake.waitForGatewayOp(GatewayOpcodes.Resume, RECOVERY_MS);
    const next = fake.sendMessage({ content: 'how many boats has the US destroyed?', mentionsBot: true });
    await fake.waitForRequest(isReplyTo(next.id), RECOVERY_MS);

    expect(mentions.map((m) => repliesTo(fake, m.id).length)).toEqual(mentions.map(() => 1));
    expect(callbacksOf(fake, asked.id)).toHaveLength(1);
    // discord.js drops a repeated message only while it still holds it in its (small) cache; the bot drops the rest.
    const ignored = logEntries(logs).filter((entry) => entry.event === 'duplicate-event-ignored');
    expect(ignored.map((entry) => entry.fields['id'])).toContain(asked.id);
    expect(errorsLogged(logs)).toEqual([]);
  });
});

describe('a gateway that keeps breaking', () => {
  const soak = process.env['SOAK'] === '1';
  it.runIf(soak)('answers every question once through 40 breaks in a row, with questions in flight', async () => {
    const { fake, logs } = await start({ fake: { heartbeatIntervalMs: HEARTBEAT_MS } });
    const asked: { id: string }[] = [];
    for (let round = 0; round < 40; round++) {
      const disruption = DISRUPTIONS[round % DISRUPTIONS.length];
      if (!disruption) throw new Error('no disruptions to run');
      const [, disrupt, recovery] = disruption;
      const connections = count(fake, recovery);
      const inFlight = fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true });
      await disrupt(fake);
      const whileAway = fake.sendMessage({ content: 'who is Andres Pastrana?', mentionsBot: true });
      await expect.poll(() => count(fake, recovery), { timeout: RECOVERY_MS }).toBe(connections + 1);
      await Promise.all([inFlight, whileAway].map((m) => fake.waitForRequest(isReplyTo(m.id), RECOVERY_MS)));
      asked.push(inFlight, whileAway);
    }

    expect(asked.map((m) => repliesTo(fake, m.id).length)).toEqual(asked.map(() => 1));
    expect(errorsLogged(logs)).toEqual([]);
  }, 180_000);
});
