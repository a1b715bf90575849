// Discord markup that is never part of a question: custom emoji, mentions of users,
// roles and channels, slash-command mentions, links, @everyone/@here, :emoji: names
// and the symbols of markdown formatting.
export const DISCORD_MARKUP = /<a?:\w+:\d+>|<[@#][!&]?\d+>|<\/[\w -]+:\d+>|https?:\/\/\S+|@\w+|:[a-z0-9_+-]+:|[*_~`|>]+/g;

/** The text with Discord markup replaced by spaces; case, accents and punctuation kept. */
export function stripDiscordMarkup(text: string): string {
  return text.replace(DISCORD_MARKUP, ' ');
}
