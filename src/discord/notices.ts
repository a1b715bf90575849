/**
 * Every short message the bot says about itself (refusals, thanks, errors) in
 * one module, so the wording stays consistent and easy to review.
 */
import type { Reply } from './respond.js';

export const NOTICES = {
  somethingWentWrong: 'Something went wrong on my side while handling that. Please try again in a moment.',
  unknownCommand: 'I don’t know that command (it may have been removed). Try `/about` to see what I can do.',
  staleButton: 'That button is no longer active. Ask again with `/ask`.',
  staleForm: 'That form is no longer active, so nothing was saved. Open it again from its command.',
  entryGone: 'That question is no longer in my knowledge of the article. Ask again with `/ask`.',
  votedHelpful: 'Thanks for the feedback: glad it helped!',
  votedNotHelpful: 'Thanks for the feedback: it helps improve the answers.',
  alreadyVoted: 'You had already rated this answer: your rating is updated, and it still counts once.',
  emptyTargetMessage: 'That message has no text I can read, so there is no question to answer.',
  unreadableReference:
    'I can’t read the message you replied to. Use **Apps → Ask the article** on it instead, or ask me directly.',
  noQuotations: 'The article has no direct quotations to show.',
} as const;

export function throttled(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1_000));
  return `You’re asking a little fast: please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`;
}

/** A command that arrived without what its definition requires: forged, replayed, or from a buggy client. */
export function malformedCommand(problem: string): string {
  return `That command arrived incomplete (${problem}), so I did nothing. Pick it again from Discord’s command list.`;
}

/** A notice for the user who triggered an interaction only. */
export function notice(content: string): Reply {
  return { content, ephemeral: true };
}
