import { loadConfig } from '../config.js';
import { loadKnowledge } from '../knowledge/load.js';
import { DECISION, type DecisionModel } from '../matching/decision.js';
import { fit, outcome, tuningObservations } from './calibration.js';
import { runCli } from './run.js';

runCli(async () => {
  const observations = await tuningObservations(await loadKnowledge(loadConfig().knowledgeDir));
  const fitted = fit(observations, DECISION.suggest);
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
  console.log(`\nTo commit the fitted model, put this in src/matching/decision.ts:\n${JSON.stringify(fitted, null, 2)}`);
});
