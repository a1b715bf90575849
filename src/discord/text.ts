/**
 * Text helpers for everything the bot writes: cutting to a length without
 * breaking words, escapes or surrogate pairs, and making echoed user text inert.
 */
import { escapeMarkdown } from 'discord.js';

export const ELLIPSIS = '…';
// An ellipsis alone could read as the speaker trailing off; the editorial bracket
// says that we shortened their words.
export const QUOTE_CUT_MARK = ' […]';
// Backing up to a space is worth losing at most this share of the room; past it,
// one very long "word" (a URL) is cut where it stands.
const WORD_BOUNDARY_SHARE = 0.6;
const ZERO_WIDTH_SPACE = '\u200b';

/** `text` within `max` characters: cut at a word boundary and ended with `mark` when it was too long. */
export function truncate(text: string, max: number, mark: string = ELLIPSIS): string {
  if (text.length <= max) return text;
  if (max <= mark.length) return mark.trim().slice(0, max);
  const room = max - mark.length;
  let cut = text.slice(0, room + 1);
  const lastSpace = cut.search(/\s\S*$/);
  cut = lastSpace >= room * WORD_BOUNDARY_SHARE ? cut.slice(0, lastSpace) : cut.slice(0, room);
  // A lone high surrogate renders as a replacement box; a trailing backslash would escape the mark.
  cut = cut.replace(/[\ud800-\udbff]$/, '').trimEnd().replace(/\\+$/, '');
  return `${cut}${mark}`;
}

/** A quotation within `max`, its cut (if any) marked so nobody takes the rest for the speaker's words. */
export function cutQuote(quote: string, max: number): string {
  return truncate(quote, max, QUOTE_CUT_MARK);
}

const MARKDOWN_ESCAPES = { heading: true, bulletedList: true, numberedList: true, maskedLink: true } as const;
// Every escape escapeMarkdown makes with MARKDOWN_ESCAPES needs one of these characters
// (backslash, code, emphasis, strike, spoiler, heading, link), or a list marker at the start
// of a line ("- ", "1."); "*" lists are covered by the characters.
const MARKDOWN_CHARACTERS = /[\\`*_~|#[]/;
const LIST_MARKER = /^ *(?:- |\d+\.)/m;

/**
 * False when escapeMarkdown would return the text unchanged. It runs a dozen regular
 * expressions over the text, some with look-behinds that rescan it (about 30 µs on an
 * answer, every answer); most text has none of these characters and skips them all.
 */
function needsMarkdownEscape(text: string): boolean {
  return MARKDOWN_CHARACTERS.test(text) || LIST_MARKER.test(text);
}

/** Markdown shown as typed, and mentions that cannot ping even if allowed_mentions were lost. */
export function escapeText(text: string): string {
  const escaped = needsMarkdownEscape(text) ? escapeMarkdown(text, MARKDOWN_ESCAPES) : text;
  if (!escaped.includes('@')) return escaped;
  return escaped
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<@/g, `<@${ZERO_WIDTH_SPACE}`);
}

/**
 * User text echoed back inline (e.g. "I couldn't find “…”"): on one line, so it cannot
 * start a heading or block quote, within `max` characters, and escaped.
 */
export function escapeUserText(text: string, max: number): string {
  return escapeText(truncate(text.replace(/\s+/g, ' ').trim(), max));
}
