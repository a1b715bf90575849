import { describe, expect, it } from 'vitest';
import { DiscordAPIError } from 'discord.js';
import { ChannelWarnings, WARN_AGAIN_AFTER_MS } from '../../src/discord/channelWarnings.js';
import { createLogger } from '../../src/logger.js';
import { logEntries } from './faults/faultKit.js';

function refusal(status: number, code: number, message: string): DiscordAPIError {
  return new DiscordAPIError({ code, message }, code, status, 'POST', '/channels/1/messages', { files: undefined, body: {} });
}

function warnings(now: () => number = Date.now) {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
  const events = () => logEntries(lines).map((entry) => `${entry.level} ${entry.event}`);
  return { channelWarnings: new ChannelWarnings(logger, now), events };
}

const where = (channelId: string) => ({ channelId, guildId: '1200000000000000001', messageId: '1' });
const missingPermissions = refusal(403, 50013, 'Missing Permissions');

describe('warnings about a channel the bot cannot reply in', () => {
  it('warn once per channel, then note repeats at debug level only', () => {
    const { channelWarnings, events } = warnings();

    const handled = [1, 2, 3].map(() => channelWarnings.report(missingPermissions, where('111')));
    channelWarnings.report(refusal(404, 10003, 'Unknown Channel'), where('222'));

    expect(handled).toEqual([true, true, true]);
    expect(events()).toEqual([
      'warn cannot-reply-in-channel',
      'debug cannot-reply-in-channel-again',
      'debug cannot-reply-in-channel-again',
      'warn cannot-reply-in-channel',
    ]);
  });

  it('warn again about a channel once the quiet spell has passed', () => {
    let time = 0;
    const { channelWarnings, events } = warnings(() => time);

    channelWarnings.report(missingPermissions, where('111'));
    time += WARN_AGAIN_AFTER_MS;
    channelWarnings.report(missingPermissions, where('111'));

    expect(events()).toEqual(['warn cannot-reply-in-channel', 'warn cannot-reply-in-channel']);
  });

  it('leave any other failure to the caller, logging nothing', () => {
    const { channelWarnings, events } = warnings();

    expect(channelWarnings.report(refusal(400, 50035, 'Invalid Form Body'), where('111'))).toBe(false);
    expect(channelWarnings.report(new Error('socket hang up'), where('111'))).toBe(false);
    expect(events()).toEqual([]);
  });
});
