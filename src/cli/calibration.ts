import type { UnansweredQuestion } from '../knowledge/checks/phrasings.js';
import type { Entry } from '../knowledge/schema.js';
import { FEATURES, perFeature, probability, type DecisionModel, type Evidence } from '../matching/decision.js';
import type { Knowledge } from '../knowledge/load.js';
import { Matcher } from '../matching/matcher.js';
import { recordOf } from './answerRecord.js';
import { readHalf, setPath } from './evaluation.js';
import { Judge, readLabelled, type LabelledQuestion } from './scoring.js';

/** What the matcher makes of one labelled question before the decision: its evidence, and whether its best entry is right. */
export interface Observation {
  inScope: boolean;
  evidence: Evidence | null;
  bestIsRight: boolean;
  /** A curated near miss of `unanswered.yaml`, which kb:check fails on when answered. */
  curated?: boolean;
}

/**
 * What a wrong answer costs, in right answers: a confident wrong answer misleads a
 * reader, an abstention only sends them to the "did you mean" buttons.
 */
export const WRONG_ANSWER_COST = 4;

export function observe(matcher: Matcher, judge: Judge, questions: readonly LabelledQuestion[]): Observation[] {
  return questions.map((question) => {
    const result = matcher.match(question.q);
    const best: Entry | undefined = result.candidates[0]?.entry;
    const record = recordOf(question.q, best ?? null, 1, [], result.language);
    return {
      inScope: question.expect !== 'abstain',
      evidence: result.evidence,
      bestIsRight: best !== undefined && judge.verdict(question, record) === 'right',
    };
  });
}

/**
 * Every question the decision may be fitted on: the tuning halves, the first independent
 * set and the curated near misses of `unanswered.yaml` (which kb:check requires to stay
 * silent); never a test half.
 */
export async function tuningObservations(knowledge: Knowledge, unanswered: readonly UnansweredQuestion[] = []): Promise<Observation[]> {
  const matcher = new Matcher(knowledge.entries);
  const judge = new Judge(knowledge.article.paragraphs);
  const curated: LabelledQuestion[] = unanswered.map(({ question }) => ({ q: question, expect: 'abstain', kind: 'near' }));
  const sets = [...(await readHalf('tune')).map((s) => s.questions), await readLabelled(setPath('calibration'))];
  return [...sets.flatMap((questions) => observe(matcher, judge, questions)), ...observe(matcher, judge, curated).map((o) => ({ ...o, curated: true }))];
}

/** The decision's outcome over observations: right answers, wrong ones (in or out of scope), and the objective it maximises. */
export interface Outcome {
  right: number;
  wrong: number;
  answeredOutOfScope: number;
  /** Curated near misses answered: any one of them fails kb:check, so the fit treats them as forbidden. */
  answeredCurated: number;
  inScope: number;
  outOfScope: number;
  objective: number;
}

export function outcome(observations: readonly Observation[], model: Readonly<DecisionModel>): Outcome {
  const o: Outcome = { right: 0, wrong: 0, answeredOutOfScope: 0, answeredCurated: 0, inScope: 0, outOfScope: 0, objective: 0 };
  for (const { inScope, evidence, bestIsRight, curated } of observations) {
    const answers = evidence !== null && probability(model, evidence) >= model.threshold;
    if (inScope) o.inScope++;
    else o.outOfScope++;
    if (!answers) continue;
    if (inScope && bestIsRight) o.right++;
    else if (inScope) o.wrong++;
    else o.answeredOutOfScope++;
    if (curated) o.answeredCurated++;
  }
  const cost = WRONG_ANSWER_COST * (o.wrong + o.answeredOutOfScope) + o.inScope * o.answeredCurated;
  o.objective = (o.right - cost) / Math.max(1, o.inScope);
  return o;
}

const ITERATIONS = 6000;
const LEARNING_RATE = 1;
const L2 = 0.002;

/**
 * Fits the decision: a logistic regression (gradient descent, L2-regularised) of
 * "the best entry is right" on the evidence, then the probability threshold that
 * maximises right answers minus WRONG_ANSWER_COST × wrong ones, refined by coordinate
 * ascent from there and from each of `starts`.
 */
export function fit(observations: readonly Observation[], suggest: number, starts: ReadonlyArray<Readonly<DecisionModel>> = []): DecisionModel {
  const rows = observations.filter((o): o is Observation & { evidence: Evidence } => o.evidence !== null);
  const weights = perFeature(() => 0);
  let bias = 0;
  for (let step = 0; step < ITERATIONS; step++) {
    const gradient = perFeature(() => 0);
    let biasGradient = 0;
    for (const row of rows) {
      const error = probability({ weights, bias, threshold: 0, suggest }, row.evidence) - (row.inScope && row.bestIsRight ? 1 : 0);
      for (const f of FEATURES) gradient[f] += error * row.evidence[f];
      biasGradient += error;
    }
    for (const f of FEATURES) weights[f] -= LEARNING_RATE * (gradient[f] / rows.length + L2 * weights[f]);
    bias -= (LEARNING_RATE * biasGradient) / rows.length;
  }
  const rounded = perFeature((f) => Math.round(weights[f] * 100) / 100);
  let best: DecisionModel = { weights: rounded, bias: Math.round(bias * 100) / 100, threshold: 0.5, suggest };
  for (let t = 0.2; t <= 0.95; t += 0.01) {
    const candidate = { ...best, threshold: Math.round(t * 100) / 100 };
    if (outcome(observations, candidate).objective > outcome(observations, best).objective) best = candidate;
  }
  // Coordinate ascent finds a local optimum: start it from the logistic fit and from each
  // given model (the committed one), and keep the best, so a refit is never worse than it.
  return [best, ...starts]
    .map((start) => refine(observations, { ...start, suggest }))
    .reduce((a, b) => (outcome(observations, b).objective > outcome(observations, a).objective ? b : a));
}

const STEPS = [0.5, 0.2, 0.05];
const PASSES = 6;

/**
 * Coordinate ascent from the logistic fit on the objective itself (right answers minus
 * the cost of wrong ones), which the log-likelihood only approximates: each weight, the
 * bias and the threshold in turn move by a step while that improves the objective.
 */
function refine(observations: readonly Observation[], start: DecisionModel): DecisionModel {
  let best = start;
  let score = outcome(observations, best).objective;
  const round = (n: number) => Math.round(n * 100) / 100;
  for (const step of STEPS) {
    for (let pass = 0; pass < PASSES; pass++) {
      let improved = false;
      const moves: Array<(m: DecisionModel, d: number) => DecisionModel> = [
        (m, d) => ({ ...m, bias: round(m.bias + d) }),
        (m, d) => ({ ...m, threshold: Math.min(0.99, Math.max(0.01, round(m.threshold + d / 10))) }),
        ...FEATURES.map((f) => (m: DecisionModel, d: number) => ({ ...m, weights: { ...m.weights, [f]: round(m.weights[f] + d) } })),
      ];
      for (const move of moves) {
        for (const delta of [step, -step]) {
          const candidate = move(best, delta);
          const candidateScore = outcome(observations, candidate).objective;
          if (candidateScore > score + 1e-9) {
            best = candidate;
            score = candidateScore;
            improved = true;
          }
        }
      }
      if (!improved) break;
    }
  }
  return best;
}
