import { cpus, loadavg, totalmem } from 'node:os';
import type { LoadFigures, PhaseFigures } from './botUnderLoad.js';
import { END_TO_END_TARGETS, type EndToEndResult } from './endToEnd.js';
import type { MatchingFigures, SizeFigures } from './matchingBench.js';
import type { QuestionKind } from './questions.js';
import { STARTUP_TARGETS, type StartupFigures } from './startup.js';

export interface Target {
  name: string;
  met: boolean;
  value: string;
}

// The issue's targets for matching, judged at the largest knowledge size.
export const MATCHING_TARGETS = Object.freeze({ p99Ms: 5, speedup: 10, unchangedShare: 1 });

const KINDS: readonly QuestionKind[] = ['in-scope', 'paraphrased', 'misspelled', 'out-of-scope', 'generated'];

export function machine(): { cpu: string; cores: number; memoryGB: number; node: string; platform: string; load: number } {
  const cpu = cpus();
  return {
    load: loadavg()[0] ?? Number.NaN,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value < 0.1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return Math.round(value).toLocaleString('en-US');
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const times = (ratio: number) => (Number.isFinite(ratio) ? `×${ratio >= 100 ? Math.round(ratio).toLocaleString('en-US') : ratio.toFixed(1)}` : '–');
const count = (n: number) => n.toLocaleString('en-US');
const pct = (share: number) => `${(100 * share).toFixed(1)}%`;

/** The matching figures as a table: one column per knowledge size. */
export function matchingTable(figures: MatchingFigures): string {
  const sizes = figures.sizes;
  const rows: Array<[string, (s: SizeFigures) => string]> = [
    ['questions timed', (s) => count(s.questions)],
    ['index build, ms (median of 3)', (s) => ms(s.ours.buildMs)],
    [`index heap, MB${figures.heapExact ? '' : ' (approx.)'}`, (s) => mb(s.ours.heapBytes)],
    ['ours p50 / p99, ms', (s) => `${ms(s.ours.latency.p50)} / ${ms(s.ours.latency.p99)}`],
    ...KINDS.map((kind): [string, (s: SizeFigures) => string] => [
      `  ${kind}`,
      (s) => {
        const l = s.ours.byKind[kind];
        return l ? `${ms(l.p50)} / ${ms(l.p99)}` : '–';
      },
    ]),
    ['plain fuse.js build, ms', (s) => ms(s.fuse.buildMs)],
    ['plain fuse.js heap, MB', (s) => mb(s.fuse.heapBytes)],
    ['plain fuse.js questions', (s) => (s.fuse.sampled ? `${count(s.fuse.latency.count)} (sample)` : count(s.fuse.latency.count))],
    ['plain fuse.js p50 / p99, ms', (s) => `${ms(s.fuse.latency.p50)} / ${ms(s.fuse.latency.p99)}`],
    ['ours on those, p50 / p99, ms', (s) => `${ms(s.speedup.oursOnSample.p50)} / ${ms(s.speedup.oursOnSample.p99)}`],
    ['speed-up p50 / p99', (s) => `${times(s.speedup.p50)} / ${times(s.speedup.p99)}`],
    ['real answers unchanged', (s) => (s.unchanged ? `${pct(s.unchanged.same / s.unchanged.total)} (${s.unchanged.same}/${s.unchanged.total})` : '(baseline)')],
  ];
  const header = ['knowledge entries', ...sizes.map((s) => `${count(s.entries)}${s.generated ? '' : ' (real)'}`)];
  const body = rows.map(([label, cell]) => [label, ...sizes.map(cell)]);
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('   ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('   '), ...body.map(line)].join('\n');
}

export function matchingTargets(figures: MatchingFigures): Target[] {
  const largest = figures.sizes.at(-1);
  if (!largest) return [];
  const at = `at ${count(largest.entries)} entries`;
  const unchanged = largest.unchanged;
  return [
    { name: `p99 under ${MATCHING_TARGETS.p99Ms} ms ${at}`, met: largest.ours.latency.p99 < MATCHING_TARGETS.p99Ms, value: `${ms(largest.ours.latency.p99)} ms` },
    {
      name: `at least ${MATCHING_TARGETS.speedup}× faster than plain fuse.js ${at} (p50 and p99)`,
      met: largest.speedup.p50 >= MATCHING_TARGETS.speedup && largest.speedup.p99 >= MATCHING_TARGETS.speedup,
      value: `${times(largest.speedup.p50)} / ${times(largest.speedup.p99)}`,
    },
    {
      name: `answers on the real questions unchanged ${at}`,
      met: unchanged !== null && unchanged.same / unchanged.total >= MATCHING_TARGETS.unchangedShare,
      value: unchanged ? `${unchanged.same}/${unchanged.total}` : '–',
    },
  ];
}

export function endToEndTargets(result: EndToEndResult): Target[] {
  if (result.status !== 'measured') return [];
  const { flood, paced, rssBytes, peakRssBytes } = result.capacity;
  const memory = peakRssBytes ?? rssBytes;
  const latency = (paced ?? flood).latency;
  return [
    { name: `${END_TO_END_TARGETS.answersPerSecond} answers per second or more (flood)`, met: flood.answersPerSecond >= END_TO_END_TARGETS.answersPerSecond, value: flood.answersPerSecond.toFixed(0) },
    { name: `p99 under ${END_TO_END_TARGETS.p99Ms} ms${paced ? ` (at ${paced.sentPerSecond}/s)` : ' (flood)'}`, met: latency.p99 < END_TO_END_TARGETS.p99Ms, value: `${ms(latency.p99)} ms` },
    { name: `resident memory under ${mb(END_TO_END_TARGETS.rssBytes)} MB${peakRssBytes ? ' (peak)' : ''}`, met: memory < END_TO_END_TARGETS.rssBytes, value: `${mb(memory)} MB` },
  ];
}

export function targetLines(targets: readonly Target[]): string[] {
  return targets.map((t) => `  ${t.met ? '✓' : '✗'} ${t.name}: ${t.value}`);
}

/** How each cost grows from one knowledge size to the next. */
export function growthLines(figures: MatchingFigures): string[] {
  return figures.sizes.slice(1).map((size, i) => {
    const from = figures.sizes[i];
    if (!from) return '';
    const ratio = (a: number, b: number) => times(a / b);
    return (
      `  ${count(from.entries)} → ${count(size.entries)} entries (${times(size.entries / from.entries)}): ` +
      `build ${ratio(size.ours.buildMs, from.ours.buildMs)}, heap ${ratio(size.ours.heapBytes, from.ours.heapBytes)}, ` +
      `p50 ${ratio(size.ours.latency.p50, from.ours.latency.p50)}, p99 ${ratio(size.ours.latency.p99, from.ours.latency.p99)}; ` +
      `plain fuse.js p50 ${ratio(size.fuse.latency.p50, from.fuse.latency.p50)}`
    );
  });
}

export function endToEndLines(result: EndToEndResult): string[] {
  if (result.status === 'not-run') return [`  not run: ${result.reason}`];
  const phase = (f: PhaseFigures) =>
    `    ${f.sentPerSecond === null ? 'flood' : `steady ${f.sentPerSecond}/s`}: ${count(f.answered)} of ${count(f.questions)} answered, ` +
    `${f.answersPerSecond.toFixed(0)} answers/s, dispatch to reply p50 / p99 ${ms(f.latency.p50)} / ${ms(f.latency.p99)} ms; ` +
    `CPU per answer: bot ${f.botCpuMsPerAnswer === null ? '–' : ms(f.botCpuMsPerAnswer)} ms, fake ${ms(f.fakeCpuMsPerAnswer)} ms`;
  const run = (label: string, f: LoadFigures) => [
    `  ${label}; mentions spread over ${count(f.channels)} channel${f.channels === 1 ? '' : 's'}`,
    ...(f.paced ? [phase(f.paced)] : []),
    phase(f.flood),
    `    bot resident memory: ${mb(f.readyRssBytes)} MB warmed up` +
      (f.pacedPeakRssBytes ? `, ${mb(f.pacedPeakRssBytes)} MB at peak before the flood` : '') +
      `, ${mb(f.rssBytes)} MB at the end` +
      (f.peakRssBytes ? `, ${mb(f.peakRssBytes)} MB at peak` : ''),
  ];
  return [
    ...run('the bot, discord.js REST cap lifted', result.capacity),
    ...(result.asStarted ? run('as npm start runs it (discord.js sends at most 50 REST requests/s)', result.asStarted) : []),
  ];
}

/** Start-up and memory against the floor (`node -e 0`) measured in the same run. */
export function startupLines(startup: StartupFigures, endToEnd: EndToEndResult): string[] {
  const ratio = (value: number) => times(value / startup.floorMs);
  const lines = [
    `  floor (node -e 0): ${ms(startup.floorMs)} ms, ${mb(startup.floorRssBytes)} MB resident`,
    `  offline answer (npm run ask): compiled ${ms(startup.askCompiledMs)} ms (${ratio(startup.askCompiledMs)} the floor)` +
      (startup.askTsxMs === null ? '' : `; through tsx ${ms(startup.askTsxMs)} ms (${ratio(startup.askTsxMs)})`),
  ];
  if (endToEnd.status !== 'measured') return lines;
  const bot = (label: string, f: LoadFigures) =>
    `  ${label}: ready in ${ms(f.readyMs)} ms with ${mb(f.startRssBytes)} MB resident ` +
    `(${times(f.startRssBytes / startup.floorRssBytes)} the floor)` +
    (f.peakRssBytes ? `, ${mb(f.peakRssBytes)} MB at the flood peak` : '');
  lines.push(bot('compiled bot, REST cap lifted', endToEnd.capacity));
  if (endToEnd.asStarted) lines.push(bot('compiled bot as npm start runs it', endToEnd.asStarted));
  return lines;
}

export function startupTargets(startup: StartupFigures, endToEnd: EndToEndResult): Target[] {
  const askRatio = startup.askCompiledMs / startup.floorMs;
  const targets: Target[] = [
    { name: `offline answer start-up at most ×${STARTUP_TARGETS.askRatio} the floor`, met: askRatio <= STARTUP_TARGETS.askRatio, value: times(askRatio) },
  ];
  if (endToEnd.status === 'measured') {
    const readyRss = endToEnd.capacity.startRssBytes;
    targets.push({ name: `resident memory at ready at most ${mb(STARTUP_TARGETS.readyRssBytes)} MB`, met: readyRss <= STARTUP_TARGETS.readyRssBytes, value: `${mb(readyRss)} MB` });
  }
  return targets;
}
