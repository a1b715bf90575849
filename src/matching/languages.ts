import type { Entry } from '../knowledge/schema.js';
import type { Analyzer } from './analyzer.js';
import type { EntrySide } from './knowledgeIndex.js';
import { englishAnalyzer, QUESTION_TERMS } from './normalise.js';
import { STOP_WORDS } from './stopwords.js';
import { SYNONYM_WORDS } from './synonyms.js';
import { spanishAnalyzer, SPANISH_VOCABULARY } from './spanish.js';

/** The languages the bot answers in; the article itself is English. */
export type Language = 'en' | 'es';

/** What the matcher needs of a language: its analyzer, and where an entry keeps that language's side. */
export interface LanguageSupport {
  code: Language;
  analyzer: Analyzer;
  sideOf(entry: Entry): EntrySide;
  /** Words typos may be corrected to besides the knowledge's own. */
  vocabulary: readonly string[];
}

const english: LanguageSupport = {
  code: 'en',
  analyzer: englishAnalyzer,
  sideOf: (entry) => ({
    phrasings: [entry.question, ...entry.alternates],
    source: [entry.answer, entry.quote, entry.speaker ?? ''].join('\n'),
  }),
  vocabulary: [...STOP_WORDS, ...QUESTION_TERMS, ...SYNONYM_WORDS],
};

/** Every supported language, English (the article's) first. */
const spanish: LanguageSupport = {
  code: 'es',
  analyzer: spanishAnalyzer,
  sideOf: (entry) => ({
    phrasings: entry.es ? [entry.es.question, ...entry.es.alternates] : [],
    source: [entry.es?.answer ?? '', entry.speaker ?? ''].join('\n'),
  }),
  vocabulary: SPANISH_VOCABULARY,
};
export const LANGUAGES: readonly LanguageSupport[] = [english, spanish];

/** The support for one language; English for a code the bot does not answer in. */
export function languageSupport(code: Language): LanguageSupport {
  return LANGUAGES.find((l) => l.code === code) ?? english;
}
