/**
 * Quote spans: a quote holds every fact its answer uses, and no more. Numbers and names are where a
 * paraphrase most often drifts; words the answer takes from outside its quote show where the quote
 * is too short (or borrows another paragraph); a sentence that gives the answer no word the rest of the
 * quote lacks, or a quote that
 * opens on the tail of a sentence, shows where it is too long.
 */
import type { KnowledgeIssue } from '../issues.js';
import type { Article, Entry } from '../schema.js';
import { foldForComparison } from '../verbatim.js';
import { unsupportedFacts } from './facts.js';
import { contentWords, sentencesUnder, spanIn, wordsIn } from './text.js';

/**
 * Warnings `{ file, id, message }` about an entry's quote span: facts of the answer it does not hold
 * (numbers and names; words found elsewhere in the article, naming where), a sentence the answer takes
 * nothing from, and a quote that opens on the tail of a sentence. Expects a quote already found verbatim.
 */
export function quoteSpanWarnings(entry: Entry, article: Article, file: string): KnowledgeIssue[] {
  const warn = (message: string): KnowledgeIssue => ({ file, id: entry.id, message });
  const paragraph = article.paragraphs[entry.paragraph - 1] ?? '';
  const warnings: KnowledgeIssue[] = [];
  const missing = unsupportedFacts(entry.answer, `${entry.quote} ${entry.speaker ?? ''}`);
  if (missing.length) warnings.push(warn(`answer mentions ${missing.join(', ')}, which the quote does not`));
  const borrowed = borrowedWords(entry, article);
  for (const [where, words] of borrowed) {
    const source = where === entry.paragraph ? 'the rest of its paragraph' : `paragraph ${where}`;
    warnings.push(warn(`answer uses ${words.map((w) => `"${w}"`).join(', ')} from ${source}, which the quote does not hold`));
  }
  const sentences = sentencesUnder(paragraph, entry.quote);
  const span = spanIn(paragraph, entry.quote);
  if (span && sentences.length > 1) {
    const text = foldForComparison(paragraph);
    const parts = sentences.map((s) => new Set(contentWords(text.slice(Math.max(s.start, span.start), Math.min(s.end, span.end)))));
    const used = new Set(contentWords(`${entry.answer} ${entry.speaker ?? ''}`));
    sentences.forEach((sentence, i) => {
      const others = new Set(parts.flatMap((part, j) => (j === i ? [] : [...part])));
      if (![...(parts[i] ?? [])].some((w) => used.has(w) && !others.has(w))) {
        warnings.push(warn(`quote carries a sentence the answer takes nothing from: "${sentence.text.slice(0, 50)}..."`));
      }
    });
    if (sentences[0] && span.start > sentences[0].start) {
      warnings.push(warn('quote opens on the tail of one sentence and runs into the next: start it at a sentence'));
    }
  }
  return warnings;
}

/**
 * Content words of the answer that its quote lacks but the article has, grouped by the paragraph they
 * come from (its own paragraph first). Words found nowhere in the article are the answer's own phrasing.
 */
function borrowedWords(entry: Entry, article: Article): Map<number, string[]> {
  const held = new Set(wordsIn(`${entry.quote} ${entry.speaker ?? ''}`).map(singular));
  const paragraphWords = wordsByParagraph(article);
  const borrowed = new Map<number, string[]>();
  for (const word of new Set(contentWords(entry.answer))) {
    const key = singular(word);
    if (held.has(key)) continue;
    const own = paragraphWords[entry.paragraph - 1]?.has(key) ? entry.paragraph : 0;
    const where = own || paragraphWords.findIndex((words) => words.has(key)) + 1;
    if (where > 0) borrowed.set(where, [...(borrowed.get(where) ?? []), word]);
  }
  return borrowed;
}

// Every entry is checked against the same article, so its words are gathered once per article.
const paragraphWordsCache = new WeakMap<Article, ReadonlyArray<ReadonlySet<string>>>();

function wordsByParagraph(article: Article): ReadonlyArray<ReadonlySet<string>> {
  let words = paragraphWordsCache.get(article);
  if (!words) {
    words = article.paragraphs.map((p) => new Set(wordsIn(p).map(singular)));
    paragraphWordsCache.set(article, words);
  }
  return words;
}

// "drug boats" and "boats carrying drugs" hold the same fact: a plural is not a new word.
function singular(word: string): string {
  return word.length > 3 ? word.replace(/s$/, '') : word;
}
