/**
 * Replies that fail because of the channel, not the reply: the bot lacks a
 * permission there, cannot see it, or it is gone. Retrying cannot help, and
 * every question asked there would fail the same way, so the operator gets one
 * warning per channel (again only after a quiet spell), not one error per message.
 */
import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import type { Logger } from '../logger.js';

/** What each failure means, in words an operator can act on. */
const CHANNEL_PROBLEMS: ReadonlyMap<number, string> = new Map([
  [
    RESTJSONErrorCodes.MissingPermissions,
    'the bot lacks a permission there: give it View Channel, Send Messages, Embed Links and Read Message History',
  ],
  [RESTJSONErrorCodes.MissingAccess, 'the bot cannot see the channel: give it View Channel there'],
  [RESTJSONErrorCodes.UnknownChannel, 'the channel no longer exists'],
  [RESTJSONErrorCodes.ThreadLocked, 'the thread is locked'],
  [RESTJSONErrorCodes.InvalidActionOnArchivedThread, 'the thread is archived'],
  [RESTJSONErrorCodes.CannotSendMessagesToThisUser, 'the user does not accept direct messages from the bot'],
]);

/** A channel's problem is warned about again only after this long without a warning. */
export const WARN_AGAIN_AFTER_MS = 10 * 60_000;
// As in Cooldown: forget channels whose quiet spell has passed, checked only past this many.
const SWEEP_ABOVE = 1_000;

export interface Where {
  channelId: string;
  guildId: string | null;
  messageId: string;
}

export class ChannelWarnings {
  private readonly lastWarned = new Map<string, number>();

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Logs a failure caused by the channel: a warning the first time in a while, a debug line
   * otherwise. False, and nothing logged, for any other failure.
   */
  report(error: unknown, where: Where): boolean {
    if (!(error instanceof DiscordAPIError) || typeof error.code !== 'number') return false;
    const problem = CHANNEL_PROBLEMS.get(error.code);
    if (problem === undefined) return false;
    const now = this.now();
    const last = this.lastWarned.get(where.channelId);
    const fields = { ...where, status: error.status, code: error.code };
    if (last !== undefined && now - last < WARN_AGAIN_AFTER_MS) {
      this.logger.debug('cannot-reply-in-channel-again', fields);
      return true;
    }
    this.lastWarned.set(where.channelId, now);
    if (this.lastWarned.size > SWEEP_ABOVE) this.sweep(now);
    const message = `Cannot reply in channel ${where.channelId}: ${problem}. Questions there go unanswered until this is fixed.`;
    this.logger.warn('cannot-reply-in-channel', { ...fields, message, nextWarningInMinutes: WARN_AGAIN_AFTER_MS / 60_000 });
    return true;
  }

  private sweep(now: number): void {
    for (const [channelId, last] of this.lastWarned) {
      if (now - last >= WARN_AGAIN_AFTER_MS) this.lastWarned.delete(channelId);
    }
  }
}
