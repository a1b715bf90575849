/**
 * Spanish labels for the commands, for Discord clients set to Spanish (Spain and
 * Latin America): Discord shows `/preguntar` there instead of `/ask`, and sends
 * the same command. Slash-command names must be lowercase, without spaces.
 */
import { Locale, type LocalizationMap } from 'discord.js';

/** The same text for both Spanish locales Discord has. */
export function spanish(text: string): LocalizationMap {
  return { [Locale.SpanishES]: text, [Locale.SpanishLATAM]: text };
}
