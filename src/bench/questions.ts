import type { Entry } from '../knowledge/schema.js';
import { evenSample, integer, mulberry32, pick, shuffled, type Random } from './random.js';
import { OFF_TOPIC_SUBJECTS, OFF_TOPIC_TEMPLATES, OPENERS, PARAPHRASES } from './wordPools.js';

export type QuestionKind = 'in-scope' | 'paraphrased' | 'misspelled' | 'out-of-scope' | 'generated';

export interface BenchQuestion {
  text: string;
  kind: QuestionKind;
}

/** Every way the knowledge itself asks its questions: canonical questions and alternates. */
export function phrasingsOf(entries: readonly Entry[]): string[] {
  return entries.flatMap((e) => [e.question, ...e.alternates]);
}

/**
 * The questions timed at every knowledge size: the real knowledge's own phrasings,
 * each paraphrased and misspelled `variants` times, and unrelated questions.
 */
export function benchQuestions(real: readonly Entry[], seed: number, variants = 2): BenchQuestion[] {
  const random = mulberry32(seed);
  const phrasings = phrasingsOf(real);
  const asKind = (kind: QuestionKind) => (text: string) => ({ text, kind });
  const repeat = <T>(items: readonly T[]) => Array.from({ length: variants }, () => items).flat();
  return [
    ...phrasings.map(asKind('in-scope')),
    ...repeat(phrasings).map((q) => paraphrase(random, q)).map(asKind('paraphrased')),
    ...repeat(phrasings).map((q) => misspell(random, q)).map(asKind('misspelled')),
    ...outOfScopeQuestions(random, phrasings.length * variants).map(asKind('out-of-scope')),
  ];
}

/**
 * Questions about the generated entries, as a bot with several articles is asked:
 * as written, paraphrased or misspelled in equal parts.
 */
export function generatedQuestions(entries: readonly Entry[], real: readonly Entry[], count: number, seed: number): BenchQuestion[] {
  const random = mulberry32(seed);
  const realIds = new Set(real.map((e) => e.id));
  const others = evenSample(shuffled(random, entries.filter((e) => !realIds.has(e.id))), count);
  return others.map((entry, i) => {
    const asked = pick(random, [entry.question, ...entry.alternates]);
    const text = i % 3 === 0 ? asked : i % 3 === 1 ? paraphrase(random, asked) : misspell(random, asked);
    return { text, kind: 'generated' };
  });
}

/** Rewords a question the way chat users do: a word dropped, words swapped, a synonym, an opener. */
export function paraphrase(random: Random, question: string): string {
  let words = question.replace(/[?.!]+$/, '').split(/\s+/).filter(Boolean);
  const edits = shuffled(random, ['drop', 'swap', 'synonym', 'opener'] as const).slice(0, integer(random, 1, 3));
  for (const edit of edits) {
    if (edit === 'drop' && words.length > 3) words.splice(integer(random, 1, words.length - 1), 1);
    if (edit === 'swap' && words.length > 2) {
      const at = integer(random, 0, words.length - 2);
      words = [...words.slice(0, at), words[at + 1] ?? '', words[at] ?? '', ...words.slice(at + 2)];
    }
    if (edit === 'synonym') words = words.map((w) => PARAPHRASES.get(w.toLowerCase()) ?? w);
    if (edit === 'opener') words.unshift(`${pick(random, OPENERS)},`);
  }
  return `${words.join(' ')}${random() < 0.5 ? '?' : ''}`;
}

const TYPO_MIN_LENGTH = 5;

/**
 * Mistypes words of five letters or more, at least one a question when it has one:
 * two letters swapped or one dropped, never the first letter (people rarely slip there).
 */
export function misspell(random: Random, question: string): string {
  const parts = question.split(/(\p{L}+)/u);
  const long = parts.flatMap((part, i) => (/^\p{L}+$/u.test(part) && part.length >= TYPO_MIN_LENGTH ? [i] : []));
  const chosen = new Set(long.filter(() => random() < 0.4));
  if (chosen.size === 0 && long.length > 0) chosen.add(pick(random, long));
  return parts.map((part, i) => (chosen.has(i) ? mistype(random, part) : part)).join('');
}

function mistype(random: Random, word: string): string {
  const at = integer(random, 1, word.length - 2);
  // Swapping two equal letters ("suddenly") would change nothing: drop one instead.
  if (random() < 0.5 || word[at] === word[at + 1]) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
}

/** Questions about everyday things no news knowledge covers. */
export function outOfScopeQuestions(random: Random, count: number): string[] {
  const all = OFF_TOPIC_TEMPLATES.flatMap((t) => OFF_TOPIC_SUBJECTS.map((s) => t.replace('{s}', s)));
  const questions = shuffled(random, all);
  // Past every combination, vary them the way people do rather than repeat them word for word.
  while (questions.length < count) {
    const question = pick(random, all);
    questions.push(random() < 0.5 ? misspell(random, question) : `${pick(random, OPENERS)}, ${question.toLowerCase()}`);
  }
  return questions.slice(0, count);
}
