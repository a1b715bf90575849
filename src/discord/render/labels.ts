/**
 * The words around an answer, in each language the bot answers in. The article's
 * quote is never translated: in Spanish it is shown as the English original.
 */
import type { Entry } from '../../knowledge/schema.js';
import type { Language } from '../../matching/matcher.js';

export interface Labels {
  source: string;
  paragraph: string;
  /** Who a quote without a speaker is attributed to. */
  theArticle: string;
  /** Shown above the quote when the answer is not in the article's language; null in English. */
  originalText: string | null;
  confidence: string;
  picked: string;
  helpful: string;
  notHelpful: string;
  quoteFrom: string;
}

export const LABELS: Readonly<Record<Language, Labels>> = {
  en: {
    source: 'Source',
    paragraph: 'paragraph',
    theArticle: 'the article',
    originalText: null,
    confidence: 'Confidence',
    picked: 'You picked this question',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    quoteFrom: 'Quote from',
  },
  es: {
    source: 'Fuente',
    paragraph: 'párrafo',
    theArticle: 'el artículo',
    originalText: 'Texto original (inglés)',
    confidence: 'Confianza',
    picked: 'Elegiste esta pregunta',
    helpful: 'Útil',
    notHelpful: 'No útil',
    quoteFrom: 'Cita de',
  },
};

/** An entry's question and answer in `language`, or in English when the entry has no side in that language. */
export function sideOf(entry: Entry, language: Language): { language: Language; question: string; answer: string } {
  if (language === 'es' && entry.es) return { language, question: entry.es.question, answer: entry.es.answer };
  return { language: 'en', question: entry.question, answer: entry.answer };
}
