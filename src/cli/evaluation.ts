import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Fuse from 'fuse.js';
import type { Entry } from '../knowledge/schema.js';
import { Matcher } from '../matching/matcher.js';
import { recordOf, toAnswerRecord, type AnswerRecord } from './answerRecord.js';

/** The labelled set and its scorer live beside the project, in ../shared/eval. */
export const EVAL_DIR = process.env.EVAL_DIR ?? fileURLToPath(new URL('../../../shared/eval', import.meta.url));

export interface Score {
  inScope: number;
  wrong: number;
  outOfScope: number;
  nearMiss: number;
}

export interface EvaluationRun {
  score: Score;
  /** The scorer's report: a summary line, with every miss listed before it when verbose. */
  report: string;
}

export async function readQuestions(path = join(EVAL_DIR, 'questions.jsonl')): Promise<string[]> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((line) => {
    const parsed: unknown = JSON.parse(line);
    const q = parsed && typeof parsed === 'object' ? Reflect.get(parsed, 'q') : undefined;
    if (typeof q !== 'string') throw new Error(`${path}: a line has no "q": ${line.slice(0, 80)}`);
    return q;
  });
}

/** The answers of the project's matcher, exactly as `ask --json` prints them. */
export function matcherAnswers(entries: readonly Entry[], questions: readonly string[]): AnswerRecord[] {
  const matcher = new Matcher(entries);
  return questions.map((q) => toAnswerRecord(matcher.match(q)));
}

/** What plain fuse.js does with its default options over the questions: the baseline to beat. */
export function plainFuseAnswers(entries: readonly Entry[], questions: readonly string[]): AnswerRecord[] {
  const fuse = new Fuse(entries, { keys: ['question', 'alternates'] });
  return questions.map((question) => {
    const entry = fuse.search(question, { limit: 1 })[0]?.item ?? null;
    return recordOf(question, entry, entry ? 1 : 0);
  });
}

/** Scores answers with the shared scorer, so the figures are the ones the project is judged by. */
export async function score(answers: readonly AnswerRecord[], options: { verbose?: boolean; questionsPath?: string } = {}): Promise<EvaluationRun> {
  const dir = await mkdtemp(join(tmpdir(), 'qa-eval-'));
  try {
    const answersPath = join(dir, 'answers.jsonl');
    await writeFile(answersPath, answers.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const args = [join(EVAL_DIR, 'score.mjs'), options.questionsPath ?? join(EVAL_DIR, 'questions.jsonl'), answersPath];
    if (options.verbose) args.push('--verbose');
    const { stdout } = await promisify(execFile)(process.execPath, args);
    const lines = stdout.trim().split('\n');
    const summary: unknown = JSON.parse(lines.pop() ?? '{}');
    return { score: toScore(summary), report: lines.join('\n') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function toScore(value: unknown): Score {
  const field = (name: string): number => {
    const n: unknown = value && typeof value === 'object' ? Reflect.get(value, name) : undefined;
    if (typeof n !== 'number') throw new Error(`the scorer's summary has no number "${name}"`);
    return n;
  };
  return { inScope: field('inScope'), wrong: field('wrong'), outOfScope: field('outOfScope'), nearMiss: field('nearMiss') };
}
