/** Which sentences of the article the entries' quotes do not cover: what readers cannot yet ask about. */
import type { Article, Entry } from '../schema.js';
import { foldForComparison } from '../verbatim.js';
import { contentWords, sentencesOf, spanIn } from './text.js';

export interface UncoveredSentence {
  /** 1-based paragraph number. */
  paragraph: number;
  /** The sentence as folded text (straight quotes, plain dashes). */
  sentence: string;
  /** Its content words (lowercased) that no quote holds: all of them when no quote touches it. */
  missing: string[];
}

/**
 * The article's sentences, in reading order, with a content word that no entry's quote (from that
 * paragraph) holds. A sentence is covered when quotes together hold every content word of it, so a fact
 * left out of every quote ("approximately", "on X") shows up too.
 */
export function uncoveredSentences(article: Article, entries: readonly Entry[]): UncoveredSentence[] {
  const uncovered: UncoveredSentence[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    const text = foldForComparison(paragraph);
    const spans = entries.filter((e) => e.paragraph === index + 1).flatMap((e) => spanIn(paragraph, e.quote) ?? []);
    for (const sentence of sentencesOf(paragraph)) {
      const quoted = spans.map((s) => text.slice(Math.max(s.start, sentence.start), Math.min(s.end, sentence.end)));
      const held = new Set(quoted.flatMap(contentWords));
      const missing = [...new Set(contentWords(sentence.text))].filter((w) => !held.has(w));
      if (missing.length) uncovered.push({ paragraph: index + 1, sentence: sentence.text, missing });
    }
  });
  return uncovered;
}
