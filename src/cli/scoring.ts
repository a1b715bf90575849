import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { AnswerRecord } from './answerRecord.js';

/**
 * One labelled question, in the format of the shared eval set: the paragraphs that
 * answer it ("P5" is the article's fifth paragraph) and facts of which one must show,
 * or "abstain" with the kind of miss. `style` names the kind of reader who wrote it.
 */
export const labelledQuestionSchema = z.object({
  q: z.string(),
  expect: z.union([z.array(z.string().regex(/^P\d+$/)).min(1), z.literal('abstain')]),
  facts: z.array(z.string()).optional(),
  kind: z.enum(['near', 'oos']).optional(),
  style: z.string().optional(),
});
export type LabelledQuestion = z.infer<typeof labelledQuestionSchema>;

/** How one answer fares: the same verdicts as eval/score.mjs (a copy of the shared scorer). */
export type Verdict = 'right' | 'wrong' | 'abstained' | 'silent' | 'answered-out-of-scope';

/** Reads a labelled JSONL file; a bad line throws naming the file and line. */
export async function readLabelled(path: string): Promise<LabelledQuestion[]> {
  const text = await readFile(path, 'utf8');
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = labelledQuestionSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return [parsed.data];
  });
}

// Folded exactly as eval/score.mjs folds, so verdicts agree with the shared scorer.
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Judges answers against one article's paragraphs (in order, P1 first). */
export class Judge {
  private readonly paragraphs: readonly string[];

  constructor(paragraphs: readonly string[]) {
    this.paragraphs = paragraphs.map(fold);
  }

  verdict(question: LabelledQuestion, answer: Pick<AnswerRecord, 'answered' | 'answer' | 'quote'>): Verdict {
    if (question.expect === 'abstain') return answer.answered ? 'answered-out-of-scope' : 'silent';
    if (!answer.answered) return 'abstained';
    const found = this.quoteParagraphs(answer.quote);
    if (!found) return 'wrong';
    const inPlace = question.expect.some((p) => found.has(p));
    const text = fold(`${answer.answer ?? ''} ${answer.quote ?? ''}`);
    const hasFact = !question.facts || question.facts.some((f) => text.includes(fold(f)));
    return inPlace && hasFact ? 'right' : 'wrong';
  }

  /** The paragraphs a quote lies in ("P3"), or null when it is not verbatim article text. */
  private quoteParagraphs(quote: string | null): Set<string> | null {
    if (quote === null) return null;
    const pieces = fold(quote)
      .split(/\.\.\.|\u2026/)
      .map((p) => p.trim().replace(/^["']+|["']+$/g, '').trim())
      .filter(Boolean);
    if (pieces.join('').length < 20) return null;
    const found = new Set<string>();
    for (const piece of pieces) {
      const hits = this.paragraphs.flatMap((para, i) => (para.includes(piece) ? [`P${i + 1}`] : []));
      if (hits.length === 0) return null;
      for (const hit of hits) found.add(hit);
    }
    return found;
  }
}

/** A set's figures: percentages 0–100, `wrong` as a count and a share of in-scope questions. */
export interface Tally {
  inScope: number;
  inScopeRight: number;
  wrong: number;
  outOfScope: number;
  outOfScopeSilent: number;
  near: number;
  nearSilent: number;
}

export function tally(questions: readonly LabelledQuestion[], verdicts: readonly Verdict[]): Tally {
  const t: Tally = { inScope: 0, inScopeRight: 0, wrong: 0, outOfScope: 0, outOfScopeSilent: 0, near: 0, nearSilent: 0 };
  questions.forEach((q, i) => {
    const v = verdicts[i];
    if (q.expect !== 'abstain') {
      t.inScope++;
      if (v === 'right') t.inScopeRight++;
      if (v === 'wrong') t.wrong++;
    } else if (q.kind === 'near') {
      t.near++;
      if (v === 'silent') t.nearSilent++;
    } else {
      t.outOfScope++;
      if (v === 'silent') t.outOfScopeSilent++;
    }
  });
  return t;
}

/** a/b as a percentage with one decimal, or null when there is nothing to count. */
export function percent(part: number, whole: number): number | null {
  return whole ? Math.round((1000 * part) / whole) / 10 : null;
}
