import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CHANNELS, runEndToEnd, type EndToEndResult } from '../bench/endToEnd.js';
import { runMatchingBench, type MatchingFigures } from '../bench/matchingBench.js';
import { benchQuestions, phrasingsOf } from '../bench/questions.js';
import {
  endToEndLines, endToEndTargets, growthLines, machine, matchingTable, matchingTargets, startupLines, startupTargets, targetLines,
} from '../bench/report.js';
import { measureStartup } from '../bench/startup.js';
import { loadConfig } from '../config.js';
import { loadKnowledge } from '../knowledge/load.js';
import { readHalf } from './evaluation.js';
import { runCli } from './run.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const USAGE = 'usage: npm run bench -- [--json] [--seed N] [--sizes 1000,10000] [--matching-only | --e2e-only] [--channels N]';
const DEFAULT_SIZES = [1000, 10_000];
const END_TO_END_QUESTIONS = 5000;

// Plain fuse.js compares every question with every phrasing of every entry: about
// 15 ms a question at 46 entries and 2 s at 10,000 on a 2-core machine. Timing it
// on an even sample keeps the whole bench within a few minutes.
function fuseSample(entries: number): number {
  if (entries <= 100) return 500;
  if (entries <= 1000) return 150;
  return 40;
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      sizes: { type: 'string' },
      'matching-only': { type: 'boolean', default: false },
      // Part 2 alone, for working on the bot's own speed without waiting for part 1.
      'e2e-only': { type: 'boolean', default: false },
      // How many channels the end-to-end mentions are spread over (see src/bench/benchChannels.ts).
      channels: { type: 'string', default: String(DEFAULT_CHANNELS) },
    },
  });
  const seed = Number(values.seed);
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : DEFAULT_SIZES;
  const e2eOnly = values['e2e-only'];
  const channels = Number(values.channels);
  const badNumbers = !Number.isInteger(seed) || !Number.isInteger(channels) || channels < 1 || sizes.some((n) => !Number.isInteger(n) || n < 1);
  if (badNumbers || (e2eOnly && values['matching-only'])) {
    console.error(USAGE);
    return 2;
  }
  const { entries } = await loadKnowledge(loadConfig().knowledgeDir);
  // Readers' own wording (the tuning half of the blind sets): only the questions are read.
  const evalQuestions = (await readHalf('tune')).flatMap((set) => set.questions.map((q) => q.q));
  const realQuestions = [...phrasingsOf(entries), ...evalQuestions];
  const host = machine();
  const progress = (message: string) => console.error(`bench: ${message}`);

  const matching = e2eOnly
    ? null
    : runMatchingBench({
        real: entries,
        realQuestions,
        sizes: [entries.length, ...sizes.filter((n) => n > entries.length)],
        seed,
        fuseSample,
        progress,
      });
  const endToEnd: EndToEndResult = values['matching-only']
    ? { status: 'not-run', reason: 'skipped (--matching-only)' }
    : await runEndToEnd(benchQuestions(entries, seed).map((q) => q.text), END_TO_END_QUESTIONS, progress, channels);

  progress('start-up: node -e 0 beside the offline answer, compiled and through tsx');
  const startup = values['matching-only'] ? null : await measureStartup(ROOT);
  const targets = {
    matching: matching ? matchingTargets(matching) : [],
    endToEnd: [...endToEndTargets(endToEnd), ...(startup ? startupTargets(startup, endToEnd) : [])],
  };
  const loadAtEnd = loadavg()[0] ?? Number.NaN;
  const lines = [
    `Machine: ${host.cores} × ${host.cpu}, ${host.memoryGB} GB, Node ${host.node}, ${host.platform}; ` +
      `load average ${host.load.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end (other work skews p99)`,
    ...(matching ? matchingLines(matching, seed) : []),
  ];
  lines.push('', 'End to end (the bot against the fake Discord from the tests)', ...endToEndLines(endToEnd));
  if (startup) lines.push('', 'Start-up and memory against the floor', ...startupLines(startup, endToEnd));
  lines.push('', 'Targets', ...targetLines([...targets.matching, ...targets.endToEnd]));
  console.log(lines.join('\n'));
  if (values.json) {
    const machineFigures = { ...host, loadAtEnd };
    const figures = { machine: machineFigures, matching, endToEnd, startup, targets, units: { time: 'ms', memory: 'bytes' } };
    console.log(JSON.stringify(figures));
  }
});

function matchingLines(matching: MatchingFigures, seed: number): string[] {
  const kinds = Object.entries(matching.questionsByKind).map(([kind, n]) => `${n} ${kind}`);
  const lines = [
    '',
    `Matching (seed ${seed}; ${kinds.join(', ')} questions, the last kind only at generated sizes)`,
    matchingTable(matching),
    'Plain fuse.js: new Fuse(entries, { keys: [question, alternates] }).search(q), default options. Where it is',
    'timed on an even sample of the questions, the speed-up compares it with ours on the same questions.',
  ];
  const changes = matching.sizes.flatMap((size) => (size.unchanged?.changed ?? []).map((c) => ({ ...c, at: size.entries })));
  if (changes.length) lines.push('', 'Real questions answered differently once entries were added');
  for (const change of changes.slice(0, 20)) {
    lines.push(`  at ${change.at.toLocaleString('en-US')}: "${change.question}": ${change.alone ?? 'no answer'} -> ${change.here ?? 'no answer'}`);
  }
  lines.push('', 'How cost grows with knowledge size', ...growthLines(matching));
  return lines;
}
