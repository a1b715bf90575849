import type { Analyzer } from './analyzer.js';
import { isTimeWord } from './answerKind.js';
import type { Language } from './languages.js';
import { sentencesOf } from './segments.js';

// Things a story singles out by name. "Which islands did Petro mention?" (or "the names of
// the islands", "¿cómo se llaman las islas?") asks for the islands' names; "which news
// agency" and "which country" are answered by AFP and the U.S., so only nouns whose "which"
// the article tends to leave unnamed are listed.
const NAMED_THINGS: Record<Language, RegExp> = {
  en: new RegExp(
    String.raw`\b(?:which|what|names?\s+of)\s+(?:of\s+(?:the\s+)?|the\s+)?(?:(?!(?:the|a|an|did|does|do|is|are|was|were|has|have|had|will|would|can|could|of|in|on|to|for|by)\b)[\p{L}.'’-]+\s+){0,3}(?:islands?|countries|cities|ports|part(?:y|ies)|politicians|commanders|officers|officials|generals|soldiers)\b`,
    'iu',
  ),
  es: new RegExp(
    String.raw`(?<!\p{L})(?<!\b(?:por|para)\s)(?:cu[aá]l(?:es)?|qu[eé]|q|c[oó]mo\s+se\s+llaman?|nombres?\s+de(?:l)?)\s+(?:(?:son|eran|fueron|es|era|serian|serían)\s+)?(?:(?:l[oa]s?|el)\s+)?(?:islas?|pa[ií]ses|ciudades|puertos|partidos?|pol[ií]ticos|comandantes|oficiales|funcionarios|generales|soldados)(?!\p{L})`,
    'iu',
  ),
};

/** True when a question asks which of some named things ("which islands", "¿qué partido?"). */
export function asksWhichNamed(question: string, language: Language): boolean {
  return NAMED_THINGS[language].test(question);
}

// A run of capitalised words is one name ("Juan Manuel Galan", "El Tiempo", "U.S.").
const NAME = /\p{Lu}[\p{L}.'’-]*(?:\s+(?:de\s+|del\s+)?\p{Lu}[\p{L}.'’-]*)*/gu;
const SENTENCE_START = /(?:^|[:“"«(])\s*$/u;

/**
 * The names a text gives, each as its analyzer terms ("Gustavo Petro" → gustavo, petro).
 * A capitalised word that opens a sentence and is a word of the language ("The", "Los"),
 * and a weekday or month, is no name.
 */
export function namesIn(text: string, analyzer: Analyzer): string[][] {
  const names: string[][] = [];
  // Sentence by sentence, so that "…told El Tiempo. Colombia has…" gives two names.
  for (const sentence of sentencesOf(text)) {
    for (const match of sentence.matchAll(NAME)) {
      let words = match[0].split(/\s+/);
      const first = words[0] ?? '';
      if (SENTENCE_START.test(sentence.slice(0, match.index)) && analyzer.isDictionaryWord(first.toLowerCase())) words = words.slice(1);
      // "On Tuesday" names a day, not one of the things a "which" asks for.
      words = words.filter((word) => !isTimeWord(word));
      const terms = analyzer.words(words.join(' ')).flatMap((word) => analyzer.term(word) ?? []);
      if (terms.length) names.push(terms);
    }
  }
  return names;
}
