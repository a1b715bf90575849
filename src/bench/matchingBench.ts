import Fuse from 'fuse.js';
import type { Entry } from '../knowledge/schema.js';
import { Matcher } from '../matching/matcher.js';
import { generateKnowledge } from './generateKnowledge.js';
import { garbageCollector, heapOf } from './memory.js';
import { benchQuestions, generatedQuestions, type BenchQuestion, type QuestionKind } from './questions.js';
import { evenSample } from './random.js';
import { medianTime, summarise, timed, type Latency } from './stats.js';

export interface MatchingOptions {
  real: readonly Entry[];
  /** Questions whose answers must not change when entries are added: the real phrasings and the eval set. */
  realQuestions: readonly string[];
  sizes: readonly number[];
  seed: number;
  /** How many questions plain fuse.js is timed on at a size, when that is fewer than all (it is slow). */
  fuseSample: (entries: number) => number;
  progress?: (message: string) => void;
}

export interface SizeFigures {
  entries: number;
  generated: boolean;
  questions: number;
  ours: {
    buildMs: number;
    heapBytes: number;
    latency: Latency;
    byKind: Partial<Record<QuestionKind, Latency>>;
  };
  fuse: {
    buildMs: number;
    heapBytes: number;
    latency: Latency;
    /** True when fuse.js was timed on an even sample of the questions rather than all of them. */
    sampled: boolean;
  };
  /** fuse.js latency over ours, on the same questions (fuse's sample). */
  speedup: { p50: number; p99: number; oursOnSample: Latency };
  /** Real questions answered by the same entry (or left unanswered) as with the real knowledge alone. */
  unchanged: { same: number; total: number; changed: Array<{ question: string; alone: string | null; here: string | null }> } | null;
}

export interface MatchingFigures {
  seed: number;
  heapExact: boolean;
  questionsByKind: Partial<Record<QuestionKind, number>>;
  sizes: SizeFigures[];
}

const WARM_UP_QUESTIONS = 300;
const GENERATED_QUESTIONS = 600;
const BUILD_REPEATS = 3;

/**
 * Times our matcher and plain fuse.js at each knowledge size on the same questions.
 * Sizes are measured one after another in one process, largest last, with a full
 * collection before each so one size's garbage is not charged to the next.
 */
export function runMatchingBench(options: MatchingOptions): MatchingFigures {
  const { real, seed, progress = () => undefined } = options;
  const gc = garbageCollector();
  const common = benchQuestions(real, seed);
  const alone = new Matcher(real);
  const answersAlone = options.realQuestions.map((q) => alone.match(q).entry?.id ?? null);
  const sizes: SizeFigures[] = [];
  const questionsByKind: Partial<Record<QuestionKind, number>> = {};

  for (const size of options.sizes) {
    const generated = size > real.length;
    progress(`${size.toLocaleString('en-US')} entries: generating and building`);
    const entries = generated ? generateKnowledge(real, size, seed) : [...real];
    const questions = generated ? [...common, ...generatedQuestions(entries, real, GENERATED_QUESTIONS, seed)] : common;
    for (const kind of new Set(questions.map((q) => q.kind))) questionsByKind[kind] = count(questions, kind);

    const { value: matcher, bytes: oursHeap } = heapOf(gc, () => new Matcher(entries));
    const oursBuild = medianTime(BUILD_REPEATS, () => new Matcher(entries));
    progress(`${size.toLocaleString('en-US')} entries: timing our matcher on ${questions.length} questions`);
    // Collect the builds' garbage first, then warm up: the timed run starts in a steady state, as a running bot is.
    gc?.();
    warmUp((q) => matcher.match(q), real, entries, seed, generated);
    const ours = questions.map((q) => timed(() => matcher.match(q.text)).ms);

    const sampleSize = Math.min(questions.length, options.fuseSample(entries.length));
    const picked = evenSample(questions.map((q, i) => ({ q, i })), sampleSize);
    progress(`${size.toLocaleString('en-US')} entries: timing plain fuse.js on ${sampleSize} questions`);
    const plain = () => new Fuse(entries, { keys: ['question', 'alternates'] });
    const { value: fuse, bytes: fuseHeap } = heapOf(gc, plain);
    const fuseBuild = medianTime(BUILD_REPEATS, plain);
    gc?.();
    for (const { q } of evenSample(picked, 3)) fuse.search(q.text);
    const fuseTimes = picked.map(({ q }) => timed(() => fuse.search(q.text)).ms);
    const fuseLatency = summarise(fuseTimes);
    const oursOnSample = summarise(picked.map(({ i }) => ours[i] ?? Number.NaN));

    sizes.push({
      entries: entries.length,
      generated,
      questions: questions.length,
      ours: { buildMs: oursBuild, heapBytes: oursHeap, latency: summarise(ours), byKind: byKind(questions, ours) },
      fuse: { buildMs: fuseBuild, heapBytes: fuseHeap, latency: fuseLatency, sampled: sampleSize < questions.length },
      speedup: { p50: fuseLatency.p50 / oursOnSample.p50, p99: fuseLatency.p99 / oursOnSample.p99, oursOnSample },
      unchanged: generated ? compareAnswers(options.realQuestions, answersAlone, matcher) : null,
    });
  }
  return { seed, heapExact: gc !== null, questionsByKind, sizes };
}

/**
 * Runs questions the timed run will not ask, so the timings are of compiled code,
 * with the word list loaded, as in a bot that has been up for a while; the typo
 * cache does not help the timed run, whose misspellings are different ones.
 */
function warmUp(ask: (q: string) => unknown, real: readonly Entry[], entries: readonly Entry[], seed: number, generated: boolean): void {
  const others = [...benchQuestions(real, seed + 1, 1).filter((q) => q.kind !== 'in-scope')];
  if (generated) others.push(...generatedQuestions(entries, real, WARM_UP_QUESTIONS, seed + 1));
  for (const q of evenSample(others, WARM_UP_QUESTIONS)) ask(q.text);
}

function compareAnswers(questions: readonly string[], alone: readonly (string | null)[], matcher: Matcher): SizeFigures['unchanged'] {
  const changed: Array<{ question: string; alone: string | null; here: string | null }> = [];
  questions.forEach((question, i) => {
    const here = matcher.match(question).entry?.id ?? null;
    if (here !== (alone[i] ?? null)) changed.push({ question, alone: alone[i] ?? null, here });
  });
  return { same: questions.length - changed.length, total: questions.length, changed };
}

function byKind(questions: readonly BenchQuestion[], ms: readonly number[]): Partial<Record<QuestionKind, Latency>> {
  const groups = new Map<QuestionKind, number[]>();
  questions.forEach((q, i) => {
    const times = groups.get(q.kind) ?? [];
    times.push(ms[i] ?? Number.NaN);
    groups.set(q.kind, times);
  });
  return Object.fromEntries([...groups].map(([kind, times]) => [kind, summarise(times)]));
}

function count(questions: readonly BenchQuestion[], kind: QuestionKind): number {
  return questions.filter((q) => q.kind === kind).length;
}
