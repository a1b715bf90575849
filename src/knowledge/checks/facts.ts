import { foldForComparison } from '../verbatim.js';

// Numbers, and capitalised words that do not open a sentence: where a paraphrase
// most often drifts from its source. The rule of the English answers' check
// (validate.ts), here for any language; that check can call this one once the
// English checks settle where they live.
const FACT = /\d[\d,.]*\d|\d|(?<![.!?]\s|^)\b\p{Lu}[\p{L}.'’-]*/gu;

/** The numbers and proper names in `text`, each once, in order ("Galan's" → "Galan", "U.S." → "U.S"). */
export function namesAndNumbers(text: string): string[] {
  const facts = [...text.matchAll(FACT)].map((m) => m[0].replace(/['’]s$/, '').replace(/[.'’-]+$/, ''));
  return [...new Set(facts)];
}

/**
 * The facts of `answer` that `support` (the quote and its speaker) does not contain,
 * compared without case, quote style or, when `foldAccents` is set, diacritics
 * (a Spanish answer writes "México" for the article's "Mexico").
 */
export function unsupportedFacts(answer: string, support: string, foldAccents = false): string[] {
  const fold = (text: string) => {
    const folded = foldForComparison(text).toLowerCase();
    return foldAccents ? stripAccents(folded) : folded;
  };
  const supported = fold(support);
  return namesAndNumbers(answer).filter((fact) => !supported.includes(fold(fact)));
}

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
