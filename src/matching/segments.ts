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
  if (message.split(/\s+/).filter(Boolean).length <= LONG_MESSAGE_WORDS) return questionsOf(message);
  const sentences = message
    .split(/(?<=[.!?\n])\s+|\n+/)
    .flatMap((sentence) => [sentence, ...sentence.split(/,\s*(?:but|and|so)\s+|\s+(?:but|so)\s+(?=\w+\s)/i).slice(1)])
    .map((s) => s.trim())
    .filter((s) => /[\p{L}]{3,}/u.test(s));
  const unique = [...new Set(sentences)].filter((s) => s !== message.trim());
  return unique.reverse().slice(0, MAX_SEGMENTS);
}

// "when did the strikes start and what is his favourite food?": a second question joined by "and".
const SECOND_QUESTION = /\?\s+|\s+(?:and|also|plus|y|e)\s+(?=(?:what|who|whom|when|where|why|how|which|did|does|do|is|are|was|were|qu[eé]|qui[eé]n|cu[aá]ndo|d[oó]nde|por qu[eé]|c[oó]mo|cu[aá]nt[oa]s?)\b)/i;

/** The questions of a short message that asks two at once; none when it asks one. */
function questionsOf(message: string): string[] {
  const parts = message.split(SECOND_QUESTION).map((p) => p.trim()).filter((p) => /[\p{L}]{3,}/u.test(p));
  return parts.length > 1 ? parts : [];
}
