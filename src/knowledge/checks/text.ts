/**
 * Small text tools the knowledge checks share: sentences of a paragraph, words, content words.
 * Everything works on text folded by `foldForComparison` (straight quotes, plain dashes), lowercased
 * where words are compared, so offsets into folded text line up with the verbatim check's view.
 */
import { foldForComparison } from '../verbatim.js';

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the folded paragraph. */
  start: number;
  end: number;
}

// Words that say nothing about which fact a text holds; the checks look past them.
const FUNCTION_WORDS = new Set(
  `a an the and or but nor of to in on at by for from with into onto off about as than that this these those
  is are was were be been being am has have had do does did will would can could should may might must
  he she it they him her them his hers its their theirs we us our you your i me my who whom whose which what
  when where why how not no yes so also only then there here just any some all each both more most very
  since until after before during while again ever yet still
  according said says wrote writes told tells`
    .split(/\s+/)
    .filter(Boolean),
);

/** Folded, lowercased words (letters, digits, inner apostrophes and hyphens), in order. */
export function wordsIn(text: string): string[] {
  return (foldForComparison(text).toLowerCase().match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []).map((w) =>
    w.replace(/'s$/, ''),
  );
}

/** The words of `text` that carry its topic: not function words, not single letters. */
export function contentWords(text: string): string[] {
  return wordsIn(text).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w));
}

/**
 * A paragraph's sentences in folded text. A sentence ends at . ! or ? (optionally inside a closing
 * quotation mark) before a capital; "U.S." does not end one ("the U.S. Treasury").
 */
export function sentencesOf(paragraph: string): readonly Sentence[] {
  const known = sentenceCache.get(paragraph);
  if (known) return known;
  const text = foldedParagraph(paragraph);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const stop of text.matchAll(/[.!?]"?(?=\s+["(]*\p{Lu})/gu)) {
    const end = stop.index + stop[0].length;
    if (/\p{Lu}\.\p{Lu}\.$/u.test(text.slice(Math.max(0, end - 4), end))) continue;
    sentences.push({ text: text.slice(start, end).trim(), start, end });
    start = end + 1;
  }
  if (start < text.length) sentences.push({ text: text.slice(start).trim(), start, end: text.length });
  sentenceCache.set(paragraph, sentences);
  return sentences;
}

// Every entry of a paragraph folds and splits the same text: both are kept per paragraph text, and
// forgotten wholesale past a few articles' worth, since the article changes rarely if ever.
const CACHE_SIZE = 256;
const sentenceCache = new Map<string, readonly Sentence[]>();
const foldedCache = new Map<string, string>();

function foldedParagraph(paragraph: string): string {
  let text = foldedCache.get(paragraph);
  if (text === undefined) {
    if (foldedCache.size >= CACHE_SIZE) {
      foldedCache.clear();
      sentenceCache.clear();
    }
    text = foldForComparison(paragraph);
    foldedCache.set(paragraph, text);
  }
  return text;
}

/** Where `quote` sits in the folded paragraph, or null when it is not there. */
export function spanIn(paragraph: string, quote: string): { start: number; end: number } | null {
  const text = foldedParagraph(paragraph);
  const start = text.indexOf(foldForComparison(quote));
  return start < 0 ? null : { start, end: start + foldForComparison(quote).length };
}

/** The sentences of `paragraph` that `quote` overlaps. */
export function sentencesUnder(paragraph: string, quote: string): Sentence[] {
  const span = spanIn(paragraph, quote);
  if (!span) return [];
  return sentencesOf(paragraph).filter((s) => s.start < span.end && s.end > span.start);
}
