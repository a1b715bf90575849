/**
 * Attribution, as a newsroom checks it: a speaker is set only where the article says that person said
 * or wrote the words; an answer drawn from someone's claim says whose claim it is; and an answer that
 * repeats a speaker's words verbatim puts them in quotation marks.
 */
import type { KnowledgeIssue } from '../issues.js';
import type { Article, Entry } from '../schema.js';
import { foldForComparison } from '../verbatim.js';
import { clip } from './clip.js';
import { sentencesUnder, spanIn, wordsIn } from './text.js';

const SAYING = String.raw`(?:said|says|say|wrote|writes|write|told|tells|tell|posted|added|stated|responded)`;
// What in an answer tells the reader whose words or claim it is.
const ATTRIBUTED_ANSWER =
  /\b(said|says|say|wrote|writes|write|told|tells|tell|according to|reportedly|calls|called|urged|disputed|worry|worries|worried|accuse[sd]?|responded|put it)\b|[“"]/i;
// A run this long copied from a quotation is the speaker's sentence, not a paraphrase of it.
const QUOTED_RUN = 5;

/**
 * Whether `paragraph` (or, for "he said", the one before it, where the pronoun finds its name) says that
 * `speaker` said or wrote something: a part of the name next to a verb of saying.
 */
export function attributesTo(article: Article, paragraph: number, speaker: string): boolean {
  const text = plain(article.paragraphs[paragraph - 1] ?? '');
  const names = plain(speaker).split(/\s+/).filter((part) => part.length > 2).map(escapeRegExp);
  if (names.length === 0) return false;
  // \b is ASCII-only, and names are not: "Álvarez" needs letter-aware edges.
  const name = String.raw`(?<![\p{L}\p{N}])(?:${names.join('|')})(?![\p{L}\p{N}])`;
  const near = new RegExp(String.raw`${name}(?:\s*\([^)]*\))?\s+${SAYING}\b|\b${SAYING}\s+(?:\p{Lu}\S*\s+){0,2}${name}`, 'u');
  if (near.test(text)) return true;
  const previous = plain(article.paragraphs[paragraph - 2] ?? '');
  return new RegExp(String.raw`\b(?:he|she)\s+${SAYING}\b`, 'i').test(text) && new RegExp(name, 'u').test(previous);
}

// Folded for comparison and without accents, since speakers are typed "Galan" as often as "Galán".
function plain(text: string): string {
  return foldForComparison(text).normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A speaker the paragraph does not attribute the words to, for entries and quotations alike:
 * none, or one `{ file, id, message }` naming the speaker and the paragraph.
 */
export function speakerWarnings(
  item: { id: string; speaker: string | null; paragraph: number },
  article: Article,
  file: string,
): KnowledgeIssue[] {
  if (item.speaker === null || attributesTo(article, item.paragraph, item.speaker)) return [];
  return [
    {
      file,
      id: item.id,
      message: `speaker is ${item.speaker}, but paragraph ${item.paragraph} does not say ${item.speaker} said or wrote it`,
    },
  ];
}

/**
 * Claims the article attributes that the answer states as fact, and a speaker's words repeated in the
 * answer without quotation marks (a run of five words or more): up to two `{ file, id, message }` warnings.
 */
export function attributionWarnings(entry: Entry, article: Article, file: string): KnowledgeIssue[] {
  const warn = (message: string): KnowledgeIssue => ({ file, id: entry.id, message });
  const paragraph = article.paragraphs[entry.paragraph - 1] ?? '';
  const warnings: KnowledgeIssue[] = [];
  const claim = entry.speaker ?? claimantOf(paragraph, entry.quote);
  if (claim && !ATTRIBUTED_ANSWER.test(entry.answer)) {
    warnings.push(warn(`the article attributes this ("${clip(claim)}"), but the answer states it as fact`));
  }
  const copied = unquotedRun(entry.answer, quotationsIn(paragraph));
  if (copied) warnings.push(warn(`answer repeats a speaker's words without quotation marks: "${clip(copied)}"`));
  return warnings;
}

/**
 * Who the quote's words belong to when the article reports them, as the words that say so: the text
 * before the quote in its sentence ends in "<someone> told/said … that"; the sentence tags the quote after
 * it (", Petro wrote on X", ", according to the UN Office on Drugs and Crime"); or the quote itself says
 * "according to" or "reportedly". Null when the quote reads as the article's own statement.
 */
export function claimantOf(paragraph: string, quote: string): string | null {
  const span = spanIn(paragraph, quote);
  const sentence = sentencesUnder(paragraph, quote)[0];
  if (!span || !sentence) return null;
  const text = foldForComparison(paragraph);
  const before = text.slice(sentence.start, span.start);
  const lead = new RegExp(String.raw`^(.*\b${SAYING}\b.*)\bthat\s*$`, 'u').exec(before);
  if (lead?.[1]) return lead[1].trim();
  const after = text.slice(span.end, sentence.end);
  const tag = new RegExp(String.raw`^[,"\s]*((?:\p{Lu}\S*\s+){1,3}${SAYING}\b)`, 'u').exec(after);
  if (tag?.[1]) return tag[1].trim();
  const source = /\baccording to [^.,;]*/i.exec(after);
  if (source) return source[0].trim();
  // A quote that names its teller ("members … told AFP they had seen …") shows the attribution to the
  // reader itself; only a hedge inside it ("reportedly") must also reach the answer.
  return /\baccording to\b|\breportedly\b/i.exec(foldForComparison(quote))?.[0] ?? null;
}

/** The direct quotations in a paragraph: the text inside its quotation marks. */
function quotationsIn(paragraph: string): string[] {
  return [...foldForComparison(paragraph).matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
}

// The first run of QUOTED_RUN or more words the answer shares with a quotation, outside the answer's own
// quotes, extended as far as it goes: found through the quotations' QUOTED_RUN-word windows.
function unquotedRun(answer: string, quotations: readonly string[]): string | null {
  const own = wordsIn(foldForComparison(answer).replace(/"[^"]*"/g, ' xquotedx '));
  const quoted = quotations.map((q) => ` ${wordsIn(q).join(' ')} `);
  const windows = new Set(quoted.flatMap((q) => windowsOf(q.trim().split(' '))));
  for (let start = 0; start + QUOTED_RUN <= own.length; start++) {
    if (!windows.has(own.slice(start, start + QUOTED_RUN).join(' '))) continue;
    let end = start + QUOTED_RUN;
    while (end < own.length && quoted.some((q) => q.includes(` ${own.slice(start, end + 1).join(' ')} `))) end++;
    return own.slice(start, end).join(' ');
  }
  return null;
}

function windowsOf(words: readonly string[]): string[] {
  return words.slice(0, Math.max(0, words.length - QUOTED_RUN + 1)).map((_, i) => words.slice(i, i + QUOTED_RUN).join(' '));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
