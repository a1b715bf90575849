import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { loadKnowledge } from '../knowledge/load.js';
import { EVAL_DIR, matcherAnswers, plainFuseAnswers, readQuestions, score } from './evaluation.js';
import { runCli } from './run.js';

runCli(async () => {
  const { values } = parseArgs({
    options: { quiet: { type: 'boolean', default: false }, questions: { type: 'string' } },
  });
  const questionsPath = values.questions ?? join(EVAL_DIR, 'questions.jsonl');
  const { entries } = await loadKnowledge(loadConfig().knowledgeDir);
  const questions = await readQuestions(questionsPath);
  const ours = await score(matcherAnswers(entries, questions), { verbose: !values.quiet, questionsPath });
  const baseline = await score(plainFuseAnswers(entries, questions), { questionsPath });
  console.log(ours.report);
  console.log(`plain fuse.js (default options): ${baseline.report}`);
  console.log(JSON.stringify({ ...ours.score, baseline: baseline.score }));
});
