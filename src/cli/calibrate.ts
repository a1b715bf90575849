import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { readUnanswered } from '../knowledge/checks/unanswered.js';
import { loadKnowledge } from '../knowledge/load.js';
import { DECISION, type DecisionModel } from '../matching/decision.js';
import { fit, outcome, tuningObservations } from './calibration.js';
import { runCli } from './run.js';

const DECISION_FILE = fileURLToPath(new URL('../matching/decision.ts', import.meta.url));

/** The TypeScript for a model, as decision.ts declares DECISION. */
function declaration(model: DecisionModel): string {
  const weights = Object.entries(model.weights).map(([feature, weight]) => `    ${feature}: ${weight},`);
  return [
    'export const DECISION: Readonly<DecisionModel> = Object.freeze({',
    '  weights: {', ...weights, '  },',
    `  bias: ${model.bias},`, `  threshold: ${model.threshold},`, `  suggest: ${model.suggest},`,
    '});',
  ].join('\n');
}

// Fits the decision on the tuning halves and prints it; --write puts it in src/matching/decision.ts.
runCli(async () => {
  const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
  const { knowledgeDir } = loadConfig();
  const { questions: unanswered } = await readUnanswered(knowledgeDir);
  const observations = await tuningObservations(await loadKnowledge(knowledgeDir), unanswered);
  const fitted = fit(observations, DECISION.suggest, [DECISION]);
  const show = (label: string, model: Readonly<DecisionModel>) => {
    const o = outcome(observations, model);
    console.log(
      `${label}: right ${o.right}/${o.inScope}, wrong ${o.wrong}, answered out of scope ${o.answeredOutOfScope}/${o.outOfScope}, objective ${o.objective.toFixed(3)}`,
    );
  };
  const ceiling = observations.filter((o) => o.inScope && o.bestIsRight).length;
  console.log(`${observations.length} tuning questions; the best entry is right for ${ceiling} of the in-scope ones`);
  show('fitted', fitted);
  show('committed', DECISION);
  if (!values.write) {
    console.log(`\nThe fitted model (npm run calibrate -- --write puts it in src/matching/decision.ts):\n${declaration(fitted)}`);
    return;
  }
  const source = await readFile(DECISION_FILE, 'utf8');
  await writeFile(DECISION_FILE, source.replace(/export const DECISION[\s\S]*?\n\}\);/, declaration(fitted)));
  console.log(`wrote the fitted model to ${DECISION_FILE}`);
});
