// "Who in Petro's family got sanctioned, his son?", "what do the sanctions do, like frozen
// assets?", "dea? cia?": a short noun phrase ending a short question is a guess the asker
// wants confirmed. A clause that opens with a verb, a preposition or a question word ("was
// it a speech?", "at a minimum?", "per the article?", "qué dijo exactly?"), or an adverb
// alone ("recently?"), asks or qualifies instead.

const MAX_GUESSING_WORDS = 20;
const MAX_GUESS_WORDS = 3;
const NOT_A_GUESS =
  /^\W*(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|at|in|on|for|to|from|by|with|about|per|according|as|what|who|when|where|why|how|which|seg[uú]n|en|de|del|para|por|con|qu[eé]|qui[eé]n|c[oó]mo|cu[aá]ndo|d[oó]nde)(?!\p{L})|^\W*\p{L}+(?:ly|mente)\W*$/iu;

/**
 * The guess a question ends on, after a comma or "like" and before its "?" (at most three
 * words), or null. A long message, or a question read in one, makes no such guess.
 */
export function guessAtEnd(question: string, context: string): string | null {
  if (context || question.split(/\s+/).length > MAX_GUESSING_WORDS) return null;
  const tail = /(?:,|\blike\b)\s*([^,]*\?)\W*$/iu.exec(question)?.[1] ?? '';
  if (!tail || tail.split(/\s+/).filter(Boolean).length > MAX_GUESS_WORDS || NOT_A_GUESS.test(tail)) return null;
  return tail;
}
