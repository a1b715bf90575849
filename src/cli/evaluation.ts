import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import type { Entry } from '../knowledge/schema.js';
import { Matcher } from '../matching/matcher.js';
import { recordOf, toAnswerRecord, type AnswerRecord } from './answerRecord.js';
import { Judge, readLabelled, tally, type LabelledQuestion, type Tally, type Verdict } from './scoring.js';

/** The labelled sets live in the repository's eval/ folder (see eval/README.md). */
export const EVAL_DIR = fileURLToPath(new URL('../../eval', import.meta.url));

/**
 * The blind sets, each split once into a tuning half (what thresholds and the
 * decision are fitted on) and a test half (what is reported). `shared` is a copy of
 * the small set handed to the project, `calibration` the first independent set.
 */
export const BLIND_SETS = ['plain', 'chat', 'styles', 'spanish', 'second-round', 'second-round-es', 'third-round', 'third-round-es', 'fourth-round', 'fourth-round-es', 'fifth-round', 'fifth-round-es', 'sixth-round', 'sixth-round-es'] as const;
export type Half = 'tune' | 'test';

export interface LabelledSet {
  name: string;
  questions: LabelledQuestion[];
}

export function setPath(name: string, half?: Half): string {
  return half ? join(EVAL_DIR, half, `${name}.jsonl`) : join(EVAL_DIR, `${name}.jsonl`);
}

/** Every blind set's given half, in BLIND_SETS order. */
export async function readHalf(half: Half): Promise<LabelledSet[]> {
  return Promise.all(BLIND_SETS.map(async (name) => ({ name, questions: await readLabelled(setPath(name, half)) })));
}

export type Answerer = (questions: readonly string[]) => AnswerRecord[];

/** The answers of the project's matcher, exactly as `ask --json` prints them. */
export function matcherAnswerer(entries: readonly Entry[]): Answerer {
  const matcher = new Matcher(entries);
  return (questions) => questions.map((q) => toAnswerRecord(matcher.match(q)));
}

/** What plain fuse.js does with its default options over the questions: the baseline to beat. */
export function plainFuseAnswerer(entries: readonly Entry[]): Answerer {
  const fuse = new Fuse(entries, { keys: ['question', 'alternates'] });
  return (questions) =>
    questions.map((question) => {
      const entry = fuse.search(question, { limit: 1 })[0]?.item ?? null;
      return recordOf(question, entry, entry ? 1 : 0);
    });
}

/** One system's figures on one set: totals, per style of reader, and what "did you mean" rescues. */
export interface SetResult {
  total: Tally;
  byStyle: Map<string, Tally>;
  /** In-scope questions left unanswered, and how many of them offer the right entry as a suggestion. */
  abstained: number;
  rescued: number;
  verdicts: Verdict[];
  answers: AnswerRecord[];
}

export function evaluate(set: readonly LabelledQuestion[], answer: Answerer, judge: Judge, entries: readonly Entry[]): SetResult {
  const answers = answer(set.map((q) => q.q));
  const verdicts = set.map((q, i) => judge.verdict(q, answers[i] ?? recordOf(q.q, null, 0)));
  const styles = new Map<string, number[]>();
  set.forEach((q, i) => styles.set(q.style ?? 'other', [...(styles.get(q.style ?? 'other') ?? []), i]));
  const byStyle = new Map(
    [...styles].map(([style, at]) => [style, tally(at.map((i) => set[i]).filter(isDefined), at.map((i) => verdicts[i]).filter(isDefined))]),
  );
  const byId = new Map(entries.map((e) => [e.id, e]));
  let abstained = 0;
  let rescued = 0;
  set.forEach((q, i) => {
    if (verdicts[i] !== 'abstained') return;
    abstained++;
    const offered = (answers[i]?.suggestions ?? []).map((s) => byId.get(s.id)).filter(isDefined);
    if (offered.some((entry) => judge.verdict(q, recordOf(q.q, entry, 1)) === 'right')) rescued++;
  });
  return { total: tally(set, verdicts), byStyle, abstained, rescued, verdicts, answers };
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
