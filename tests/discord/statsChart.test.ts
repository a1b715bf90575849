import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { CHART_SIZE } from '../../src/discord/render/statsChart.js';
import { at, harnessPerTest } from './harness.js';
import { kb } from './kb/kbPayloads.js';

const start = harnessPerTest();
const DAY_MS = 86_400_000;

describe('/kb stats', () => {
  it('attaches a PNG chart of the known questions and ratings, with the numbers also in words', async () => {
    const { fake, context } = await start();
    const twoDaysAgo = new Date(Date.now() - 2 * DAY_MS).toISOString();
    const record = (answered: boolean, time: string) =>
      context.feedback.recordQuestion({
        question: answered ? 'who is Petro?' : 'what is the weather?',
        answered,
        entryId: answered ? 'who-is-petro' : null,
        confidence: answered ? 1 : 0,
        nearestId: null,
        guildId: null,
        channelId: null,
        time,
      });
    for (let i = 0; i < 6; i++) await record(true, twoDaysAgo);
    await record(false, twoDaysAgo);
    await record(false, twoDaysAgo);
    await record(true, new Date().toISOString());
    await context.feedback.recordVote({ entryId: 'who-is-petro', question: 'q', helpful: true, userId: '1', time: twoDaysAgo });

    fake.sendInteraction(kb('stats'));
    const req = await fake.waitForRequest((r) => r.files.some((f) => f.name === 'stats.png'), 10_000);
    const file = req.files.find((f) => f.name === 'stats.png');
    const png = decode(file?.data ?? new Uint8Array());
    expect({ width: png.width, height: png.height }).toEqual(CHART_SIZE);
    const message = at(req.body, 'data') ?? req.body;
    expect(at(message, 'embeds', 0, 'image', 'url')).toBe('attachment://stats.png');
    expect(at(message, 'embeds', 0, 'description')).toContain('**9** questions asked');
    expect(at(message, 'attachments', 0, 'description')).toBe(
      'Questions per day over the last 30 days: 7 answered, 2 not answered; the busiest day was ' +
        `${twoDaysAgo.slice(0, 10)} (8). Ratings: 1 helpful, 0 not helpful.`,
    );
  });
});
