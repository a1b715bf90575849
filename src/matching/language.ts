import { detectAll } from 'tinyld/light';
import { stripDiscordMarkup } from './markup.js';
import type { Language } from './languages.js';

/** What the caller knows besides the text. */
export interface LanguageHint {
  /** The asker's Discord locale ("es-ES", "es-419", "en-US"); Spanish locales lean Spanish. */
  locale?: string;
  /**
   * The share (0 to 1) of the question's words that each language's analyzer knows as
   * knowledge terms: which language's entries the question's words cover.
   */
  evidence?: { en: number; es: number };
}

// tinyld's light model, limited to the two languages the bot answers in. eld's extra-small
// set was right on every tuning question alone, but costs 84 MB of resident memory and half a
// second to import; tinyld costs 13 MB and 0.08 s, and with the knowledge's evidence below it
// reads 437 of the 438 tuning questions right (the miss: an unrelated Spanish question).
// Weights of each signal on one scale: positive leans Spanish. The detector's score gap
// is the main signal; punctuation only Spanish uses (¿ ¡) and accented question words
// decide the texts too short for n-grams ("¿dónde?"); the words the knowledge covers and
// the client's locale tip what stays close. Spanish needs a clear lead: a mixed or unclear
// question is answered in English, once.
const INVERTED_MARKS = /[¿¡]/;
const ACCENTED_QUESTION_WORD = /(?<!\p{L})(?:qué|quién|quiénes|dónde|adónde|cuándo|cómo|cuánt[oa]s?|cuál|cuáles)(?!\p{L})/iu;
const MARK_WEIGHT = 0.5;
const QUESTION_WORD_WEIGHT = 0.3;
const EVIDENCE_WEIGHT = 1;
const LOCALE_WEIGHT = 0.2;
const SINGLE_WORD_FACTOR = 0.25;
export const SPANISH_MARGIN = 0.15;

/**
 * The detector's lean, -1 (English) to 1 (Spanish); quartered for a single word, which
 * is as often a name both languages use ("petro?") as a word of either.
 */
function detectorLean(text: string): number {
  const scores = detectAll(text, { only: ['en', 'es'] });
  const score = (lang: string) => scores.find((s) => s.lang === lang)?.accuracy ?? 0;
  const lean = score('es') - score('en');
  return (text.match(/\p{L}+/gu) ?? []).length < 2 ? lean * SINGLE_WORD_FACTOR : lean;
}

/** Every signal's lean added up: above SPANISH_MARGIN means Spanish. Exported for measurement. */
export function spanishLean(text: string, hint: LanguageHint = {}): number {
  const plain = stripDiscordMarkup(text.normalize('NFC'));
  return withOtherSignals(detectorLean(plain), plain, hint);
}

/** The detector's lean with every other signal added, in this order: the marks, question words, the knowledge's evidence and the locale. */
function withOtherSignals(detector: number, plain: string, hint: LanguageHint): number {
  let lean = detector;
  if (INVERTED_MARKS.test(plain)) lean += MARK_WEIGHT;
  if (ACCENTED_QUESTION_WORD.test(plain)) lean += QUESTION_WORD_WEIGHT;
  if (hint.evidence) lean += EVIDENCE_WEIGHT * (hint.evidence.es - hint.evidence.en);
  if (hint.locale && /^es(?:-|$)/i.test(hint.locale)) lean += LOCALE_WEIGHT;
  return lean;
}

// The detector's lean is a difference of two accuracies between 0 and 1, so never beyond ±1:
// when the other signals lean English by more than that, the sum cannot cross the margin
// (a hair more, so that adding in another order cannot tip it), and the detector, most of a
// question's time, need not run. Most English questions to a large knowledge are such.
const DETECTOR_REACH = 1 + 1e-9;

/**
 * The language to answer a question in: 'es' when the text, the words the knowledge
 * covers and the locale together lean clearly Spanish, else 'en' (so empty, mixed or
 * unclear text is English). Never throws; about 0.1 ms a question.
 */
export function detectLanguage(text: string, hint: LanguageHint = {}): Language {
  const plain = stripDiscordMarkup(text.normalize('NFC'));
  if (withOtherSignals(0, plain, hint) + DETECTOR_REACH <= SPANISH_MARGIN) return 'en';
  return withOtherSignals(detectorLean(plain), plain, hint) > SPANISH_MARGIN ? 'es' : 'en';
}
