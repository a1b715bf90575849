import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Entry } from '../knowledge/schema.js';
import { foldText } from '../matching/normalise.js';
import { Matcher, runnerUp } from '../matching/matcher.js';
import type { Thresholds } from '../matching/thresholds.js';

/** One labelled question, in the shared eval format: paragraphs that answer it, or "abstain". */
const labelledQuestion = z.object({
  q: z.string(),
  expect: z.union([z.array(z.string().regex(/^P\d+$/)), z.literal('abstain')]),
  facts: z.array(z.string()).optional(),
});
export type LabelledQuestion = z.infer<typeof labelledQuestion>;

/** What the matcher makes of one question before any threshold decides. */
interface Observation {
  inScope: boolean;
  best: number;
  runnerUp: number;
  bestIsRight: boolean;
}

export interface Sweep {
  thresholds: Thresholds;
  inScopeRight: number;
  abstainedRight: number;
  /** The mean of the two rates: missing an answer and answering wrongly cost the same. */
  balanced: number;
}

export async function readLabelled(path: string): Promise<LabelledQuestion[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = labelledQuestion.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}

export function observe(entries: readonly Entry[], questions: readonly LabelledQuestion[]): Observation[] {
  const matcher = new Matcher(entries);
  return questions.map((question) => {
    const candidates = matcher.rank(question.q, 8);
    const best = candidates[0];
    return {
      inScope: question.expect !== 'abstain',
      best: best?.confidence ?? 0,
      runnerUp: best ? runnerUp(candidates, best) : 0,
      bestIsRight: best ? isRight(best.entry, question) : false,
    };
  });
}

function isRight(entry: Entry, question: LabelledQuestion): boolean {
  if (question.expect === 'abstain' || !question.expect.includes(`P${entry.paragraph}`)) return false;
  const text = foldText(`${entry.answer} ${entry.quote}`);
  return !question.facts || question.facts.some((fact) => text.includes(foldText(fact)));
}

/** Tries every threshold combination on a grid and returns them best first. */
export function sweep(observations: readonly Observation[], suggest: number): Sweep[] {
  const results: Sweep[] = [];
  const grid = (from: number, to: number, step: number) =>
    Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);
  for (const answer of grid(0.3, 0.9, 0.01)) {
    for (const confident of grid(answer, 1, 0.05)) {
      for (const margin of grid(0, 0.3, 0.02)) {
        results.push(evaluateThresholds(observations, { answer, confident, margin, suggest }));
      }
    }
  }
  // Prefer, among equals, the strictest setting: silence is the safer failure.
  return results.sort((a, b) => b.balanced - a.balanced || b.abstainedRight - a.abstainedRight);
}

export function evaluateThresholds(observations: readonly Observation[], thresholds: Thresholds): Sweep {
  let inScope = 0;
  let inScopeRight = 0;
  let outOfScope = 0;
  let abstainedRight = 0;
  for (const o of observations) {
    const answers = o.best >= thresholds.answer && (o.best >= thresholds.confident || o.best - o.runnerUp >= thresholds.margin);
    if (o.inScope) {
      inScope++;
      if (answers && o.bestIsRight) inScopeRight++;
    } else {
      outOfScope++;
      if (!answers) abstainedRight++;
    }
  }
  const inRate = inScope ? inScopeRight / inScope : 1;
  const outRate = outOfScope ? abstainedRight / outOfScope : 1;
  return { thresholds, inScopeRight: inRate, abstainedRight: outRate, balanced: (inRate + outRate) / 2 };
}
