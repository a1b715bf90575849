import { quotedSpans } from './quoted.js';

// Past this many words a message is chatter around a question, and the question is
// read on its own as well as with the chatter.
const LONG_MESSAGE_WORDS = 14;
const MAX_SEGMENTS = 8;

/**
 * The sentences of a long message that may hold its question, last first (people
 * ask after explaining themselves). Short messages have none: they are read whole.
 * "ok so the group chat is split on it, but what I can't figure out is when the strikes
 * started" gives the clause after "but" as well as each sentence.
 */
export function segmentsOf(message: string): string[] {
  if (!isLong(message)) return questionsOf(message);
  const sentences = sentencesOf(message)
    .flatMap((sentence) => [sentence, ...sentence.split(/,\s*(?:but|and|so)\s+|\s+(?:but|so)\s+(?=\w+\s)/i).slice(1)])
    .map((s) => s.trim())
    .filter((s) => /[\p{L}]{3,}/u.test(s));
  const unique = [...new Set(sentences)].filter((s) => s !== message.trim());
  return unique.reverse().slice(0, MAX_SEGMENTS);
}

/** A long message's question, and the rest of the message it is asked in. */
export interface QuestionInContext {
  text: string;
  context: string;
}

// Where a question starts: a question word, English or Spanish. "what I can't figure out is
// when…" starts at "what"; the reading weighs the words after it.
const QUESTION_START =
  /(?:^|[\s,;:(])(?=(?:what|whats|what's|wht|who|whos|who's|whom|when|where|why|how|hw|which|qu[eé]|q|qui[eé]n(?:es)?|cu[aá]ndo|d[oó]nde|por\s*qu[eé]|xq|c[oó]mo|cu[aá]nt[oa]s?|cu[aá]l(?:es)?)\b)/iu;
// A sentence that opens with a verb asks a yes/no question ("is this permanent or what").
const YES_NO_START = /^(?:is|are|was|were|did|does|do|has|have|can|could|will|would|should)\b/i;

/**
 * The question a long message asks, with the rest of the message as its context:
 * the last sentence that asks (a "?", a question word, or a verb first), from its
 * question word on. "my group chat is blowing up abt a senator saying petro is playing
 * with fire. who said that" asks "who said that", about the fire. Null for short
 * messages, which are read whole, and for messages that ask nothing.
 */
export function questionInContext(message: string): QuestionInContext | null {
  if (!isLong(message)) return null;
  const sentences = sentencesOf(message);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i] ?? '';
    const start = sentence.search(QUESTION_START);
    const asks = start >= 0 || YES_NO_START.test(sentence) || sentence.endsWith('?');
    if (!asks) continue;
    const from = start >= 0 ? start : 0;
    const asked = sentence.slice(from).trim();
    const context = [...sentences.slice(0, i), sentence.slice(0, from), ...sentences.slice(i + 1)].join(' ').trim();
    // Words quoted back are what the question asks about ("'…' - who wrote that?"), never chatter.
    const quotes = quotedSpans(context).map((span) => `"${span}"`);
    const text = [asked, ...quotes].join(' ');
    return /[\p{L}]{2,}/u.test(asked) ? { text, context } : null;
  }
  return null;
}

function isLong(message: string): boolean {
  return message.split(/\s+/).filter(Boolean).length > LONG_MESSAGE_WORDS;
}

// A full stop ends a sentence unless it ends an abbreviation: "U.S.", "EE.UU.", "u.s.", "Mr.".
const SENTENCE_END = /(?<=[!?]|(?<!(?:^|[\s.])\p{Lu}{1,2}|\.\p{L}|\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|St))\.)\s+|\n+/u;

/** A message's sentences, trimmed; a full stop after an abbreviation ends none. */
export function sentencesOf(message: string): string[] {
  return message.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean);
}

// "when did the strikes start and what is his favourite food?": a second question joined by "and".
const SECOND_QUESTION = /\?\s+|\s+(?:and|also|plus|y|e)\s+(?=(?:what|who|whom|when|where|why|how|which|did|does|do|is|are|was|were|qu[eé]|qui[eé]n|cu[aá]ndo|d[oó]nde|por qu[eé]|c[oó]mo|cu[aá]nt[oa]s?)\b)/i;

/** The questions of a short message that asks two at once; none when it asks one. */
function questionsOf(message: string): string[] {
  const parts = message.split(SECOND_QUESTION).map((p) => p.trim()).filter((p) => /[\p{L}]{3,}/u.test(p));
  return parts.length > 1 ? parts : [];
}
