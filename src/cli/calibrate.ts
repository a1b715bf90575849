import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { loadKnowledge } from '../knowledge/load.js';
import { THRESHOLDS } from '../matching/thresholds.js';
import { evaluateThresholds, observe, readLabelled, sweep, type Sweep } from './calibration.js';
import { runCli } from './run.js';

// Calibrates on questions written apart from the knowledge file, never on the eval set.
runCli(async () => {
  const { knowledgeDir } = loadConfig();
  const { entries } = await loadKnowledge(knowledgeDir);
  const observations = observe(entries, await readLabelled(join(knowledgeDir, 'calibration.jsonl')));
  const ranked = sweep(observations, THRESHOLDS.suggest);
  const show = (label: string, s: Sweep) =>
    console.log(
      `${label}: answer ${s.thresholds.answer} confident ${s.thresholds.confident} margin ${s.thresholds.margin}` +
        ` -> in-scope right ${(100 * s.inScopeRight).toFixed(1)}%, out-of-scope abstained ${(100 * s.abstainedRight).toFixed(1)}%`,
    );
  console.log(`${observations.length} labelled questions`);
  ranked.slice(0, 5).forEach((s, i) => show(`best #${i + 1}`, s));
  show('committed', evaluateThresholds(observations, THRESHOLDS));
});
