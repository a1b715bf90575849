import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { observe, readLabelled, sweep, evaluateThresholds } from '../../src/cli/calibration.js';
import { matcherAnswers, plainFuseAnswers, readQuestions, score, type Score } from '../../src/cli/evaluation.js';
import { loadKnowledge, type Knowledge } from '../../src/knowledge/load.js';
import { THRESHOLDS } from '../../src/matching/thresholds.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge('knowledge');
});

describe('the labelled eval set (../shared/eval)', () => {
  let ours: Score;
  let baseline: Score;
  beforeAll(async () => {
    const questions = await readQuestions();
    ours = (await score(matcherAnswers(knowledge.entries, questions))).score;
    baseline = (await score(plainFuseAnswers(knowledge.entries, questions))).score;
  });

  it('gets at least 95% of in-scope questions right with no wrong quote', () => {
    expect(ours.inScope).toBeGreaterThanOrEqual(95);
  });

  it('stays silent on at least 95% of out-of-scope questions and 5 of 6 near misses', () => {
    expect(ours.outOfScope).toBeGreaterThanOrEqual(95);
    expect(ours.nearMiss).toBeGreaterThanOrEqual(83.3);
  });

  it('beats plain fuse.js on every figure', () => {
    expect(ours.inScope).toBeGreaterThan(baseline.inScope);
    expect(ours.outOfScope).toBeGreaterThan(baseline.outOfScope);
    expect(ours.nearMiss).toBeGreaterThan(baseline.nearMiss);
  });
});

describe('the committed thresholds', () => {
  it('are within one point of the best balanced accuracy on the calibration set', async () => {
    const observations = observe(knowledge.entries, await readLabelled(join('knowledge', 'calibration.jsonl')));
    const [best] = sweep(observations, THRESHOLDS.suggest);
    const committed = evaluateThresholds(observations, THRESHOLDS);
    expect(committed.balanced).toBeGreaterThanOrEqual((best?.balanced ?? 1) - 0.01);
  });
});
