import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

// One question of each kind of reader, through the JSON contract other tools read.
const READERS: Array<[kind: string, question: string, paragraph: number | null]> = [
  ['chat filler and markup', '<@123456789012345678> ngl real quick, who’s the lawmaker in this story?', 9],
  ['texting forms', 'hw mny ppl died cuz of the strikes', 5],
  ['swapped letters', 'why did colmobia stop sharing intel', 2],
  ['a role for a name', 'which wire service talked to the soldiers', 4],
  ['a long message', "ok I've been following this all weekend and the group chat is split on it, but the one thing I can't figure out is when the strikes started", 5],
  ['a kind of answer the article lacks', 'how tall is petro', null],
  ['a quote read back', 'who said "playing with fire"?', 9],
  ['Spanish', '¿cuántas lanchas destruyó EE.UU.?', 5],
];

describe('ask --json, for every kind of reader', () => {
  it('answers each from the right paragraph, or not at all, one line each', async () => {
    const { code, stdout } = await runCli('ask', ['--json'], { input: READERS.map(([, q]) => q).join('\n') });
    expect(code).toBe(0);
    const records = stdout.trim().split('\n').map((line): unknown => JSON.parse(line));
    const got = records.map((r, i) => [READERS[i]?.[0], r && typeof r === 'object' ? Reflect.get(r, 'paragraph') : undefined]);
    expect(got).toEqual(READERS.map(([kind, , paragraph]) => [kind, paragraph]));
  });

  it('gives a Spanish question its Spanish answer beside the article’s English quote', async () => {
    const { stdout } = await runCli('ask', ['--json', '¿cuántas lanchas destruyó EE.UU.?']);
    const record: Record<string, unknown> = JSON.parse(stdout);
    expect(record.answer).toMatch(/lanchas|embarcaciones/);
    expect(record.quote).toContain('destroyed 19 boats');
  });
});
