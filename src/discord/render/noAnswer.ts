/**
 * The reply when the article does not answer a question: friendly, short, with
 * the nearest questions as buttons and a pointer to `/ask`'s suggestions, in the
 * language the question was asked in.
 */
import type { Entry } from '../../knowledge/schema.js';
import type { Language, MatchReason } from '../../matching/matcher.js';
import type { Reply } from '../respond.js';
import { escapeUserText } from '../text.js';
import { questionRow } from './components.js';

// Enough to recognise one's own question; the rest adds nothing but room for mischief.
export const ECHO_LENGTH = 150;
export const ASK_HINT = 'Tip: type `/ask` and I’ll suggest the questions the article answers as you type.';

interface NoAnswerWords {
  empty: string;
  tooLong: string;
  ambiguous: (echoed: string) => string;
  notCovered: (echoed: string) => string;
  didYouMean: string;
  askHint: string;
}

const WORDS: Readonly<Record<Language, NoAnswerWords>> = {
  en: {
    empty: 'What would you like to know about the article? Ask me a question about it.',
    tooLong: 'That’s longer than I can handle: could you ask it as one short question?',
    ambiguous: (echoed) => `I’m not sure which part of the article you mean by ${echoed}.`,
    notCovered: (echoed) => `Sorry, the article doesn’t seem to cover ${echoed}.`,
    didYouMean: 'Did you mean one of these?',
    askHint: ASK_HINT,
  },
  es: {
    empty: '¿Qué quieres saber sobre el artículo? Hazme una pregunta sobre él.',
    tooLong: 'Es más largo de lo que puedo manejar: ¿podrías hacerlo en una sola pregunta corta?',
    ambiguous: (echoed) => `No estoy seguro de a qué parte del artículo te refieres con ${echoed}.`,
    notCovered: (echoed) => `Lo siento, el artículo no parece tratar ${echoed}.`,
    didYouMean: '¿Quisiste decir alguna de estas?',
    askHint: 'Consejo: escribe `/preguntar` y te sugeriré, mientras escribes, las preguntas que responde el artículo.',
  },
};

export interface NoAnswerView {
  question: string;
  reason: MatchReason;
  suggestions: readonly Entry[];
  ephemeral?: boolean;
  /** The language asked in (default English). */
  language?: Language;
}

export function renderNoAnswer(view: NoAnswerView): Reply {
  const language = view.language ?? 'en';
  const words = WORDS[language];
  const lines = [opening(view.question, view.reason, words)];
  const suggestions = questionRow(view.suggestions, language);
  if (suggestions) lines.push(words.didYouMean);
  lines.push(words.askHint);
  return {
    content: lines.join('\n'),
    ...(suggestions && { components: [suggestions] }),
    ...(view.ephemeral && { ephemeral: true }),
  };
}

function opening(question: string, reason: MatchReason, words: NoAnswerWords): string {
  const echoed = `“${escapeUserText(question, ECHO_LENGTH)}”`;
  switch (reason) {
    case 'empty':
      return words.empty;
    case 'too-long':
      return words.tooLong;
    case 'ambiguous':
      return words.ambiguous(echoed);
    default:
      return words.notCovered(echoed);
  }
}
