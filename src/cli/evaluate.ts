import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { loadKnowledge } from '../knowledge/load.js';
import { evaluate, matcherAnswerer, plainFuseAnswerer, readHalf, setPath, type Half, type SetResult } from './evaluation.js';
import { runCli } from './run.js';
import { Judge, percent, readLabelled, type LabelledQuestion, type Tally } from './scoring.js';

const USAGE = `usage: npm run eval [-- --half tune|test] [--misses SET] [--json]
  Prints every labelled set in eval/, this bot beside plain fuse.js; --misses lists one set's misses.`;

runCli(async () => {
  const { values } = parseArgs({
    options: { half: { type: 'string' }, misses: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (values.half !== undefined && values.half !== 'tune' && values.half !== 'test') {
    console.error(USAGE);
    return 2;
  }
  const { article, entries } = await loadKnowledge(loadConfig().knowledgeDir);
  const judge = new Judge(article.paragraphs);
  const systems = { bot: matcherAnswerer(entries), fuse: plainFuseAnswerer(entries) };
  const halves: Half[] = values.half ? [values.half] : ['tune', 'test'];
  const sets: Array<{ label: string; questions: LabelledQuestion[] }> = [];
  for (const half of halves) for (const set of await readHalf(half)) sets.push({ label: `${set.name} (${half})`, questions: set.questions });
  for (const name of ['shared', 'calibration']) sets.push({ label: name, questions: await readLabelled(setPath(name)) });

  const rows = sets.map(({ label, questions }) => ({
    label,
    questions,
    bot: evaluate(questions, systems.bot, judge, entries),
    fuse: evaluate(questions, systems.fuse, judge, entries),
  }));
  if (values.json) {
    console.log(JSON.stringify(rows.map((r) => ({ set: r.label, bot: r.bot.total, fuse: r.fuse.total, rescued: r.bot.rescued, abstained: r.bot.abstained }))));
    return;
  }
  console.log('| set | system | in-scope right | wrong | out-of-scope silent | near misses silent | "did you mean" rescues |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(line(row.label, 'this bot', row.bot.total, rescue(row.bot)));
    console.log(line('', 'plain fuse.js', row.fuse.total, ''));
  }
  console.log('\nThis bot, by kind of reader (all halves shown):');
  console.log('| set | reader | in-scope right | wrong | out-of-scope silent | near misses silent |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const row of rows.filter((r) => r.bot.byStyle.size > 1)) {
    for (const [style, t] of row.bot.byStyle) console.log(line(row.label, style, t, null));
  }
  const shown = rows.filter((r) => values.misses !== undefined && r.label.startsWith(values.misses));
  for (const row of shown) printMisses(row.label, row.questions, row.bot);
});

function line(set: string, system: string, t: Tally, rescued: string | null): string {
  const pct = (a: number, b: number) => (b ? `${percent(a, b)}% (${a}/${b})` : '–');
  const wrong = t.inScope ? `${t.wrong} (${percent(t.wrong, t.inScope)}%)` : '–';
  const cells = [set, system, pct(t.inScopeRight, t.inScope), wrong, pct(t.outOfScopeSilent, t.outOfScope), pct(t.nearSilent, t.near)];
  if (rescued !== null) cells.push(rescued);
  return `| ${cells.join(' | ')} |`;
}

function rescue(result: SetResult): string {
  return result.abstained ? `${result.rescued}/${result.abstained}` : '–';
}

function printMisses(label: string, questions: readonly LabelledQuestion[], result: SetResult): void {
  console.log(`\nMisses in ${label}:`);
  questions.forEach((q, i) => {
    const verdict = result.verdicts[i];
    if (verdict === 'right' || verdict === 'silent') return;
    const a = result.answers[i];
    const got = a?.answered ? `${a.id} (${a.confidence})` : `no answer (${a?.confidence ?? 0}; ${a?.suggestions.map((s) => s.id).join(', ') ?? ''})`;
    console.log(`${verdict}: ${q.q} [${q.expect === 'abstain' ? q.kind ?? 'oos' : q.expect.join(',')}] -> ${got}`);
  });
}
