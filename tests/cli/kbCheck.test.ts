import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

describe('npm run kb:check', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('passes on the curated knowledge and covers all 17 paragraphs', async () => {
    const { code, stdout } = await runCli('kbCheck', []);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ok — \d+ entries, \d+ quotations, 17\/17 paragraphs covered, \d+ unanswered .*, 0 warning/);
  });

  it('fails on a phrasing that another entry answers, naming both entries', async () => {
    dir = await copyOfKnowledge();
    const qa = join(dir, 'qa.yaml');
    const text = await readFile(qa, 'utf8');
    await writeFile(qa, text.replace('      - "death toll"\n', '      - "death toll"\n      - "How many boats has the U.S. destroyed?"\n'));
    const { code, stderr } = await runCli('kbCheck', [], { env: { KNOWLEDGE_DIR: dir } });
    expect(code).toBe(1);
    expect(stderr).toContain(
      'error: qa.yaml: people-killed: "How many boats has the U.S. destroyed?" is answered by boats-destroyed, not this entry',
    );
  });

  it('fails on a question the article leaves open that an entry answers', async () => {
    dir = await copyOfKnowledge();
    const open = 'questions:\n  - question: "How many boats has the U.S. destroyed?"\n    why: "pretend it is not said"\n';
    await writeFile(join(dir, 'unanswered.yaml'), open);
    const { code, stderr } = await runCli('kbCheck', [], { env: { KNOWLEDGE_DIR: dir } });
    expect(code).toBe(1);
    expect(stderr).toContain('error: unanswered.yaml: "How many boats has the U.S. destroyed?" is answered by boats-destroyed');
  });

  it('fails on a quote that is not in the article, naming the file and the entry', async () => {
    dir = await copyOfKnowledge();
    const qa = join(dir, 'qa.yaml');
    await writeFile(qa, (await readFile(qa, 'utf8')).replace('has destroyed 19 boats and', 'has destroyed 91 boats and'));
    const { code, stderr } = await runCli('kbCheck', [], { env: { KNOWLEDGE_DIR: dir } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/error: qa\.yaml: [a-z-]+: quote is not verbatim article text: ".*91 boats/);
    expect(stderr).toContain('the bot will not start on this knowledge');
  });

  it('fails on a file that is not valid YAML', async () => {
    dir = await copyOfKnowledge();
    await writeFile(join(dir, 'quotations.yaml'), 'quotations: [unclosed\n');
    const { code, stderr } = await runCli('kbCheck', [], { env: { KNOWLEDGE_DIR: dir } });
    expect(code).toBe(1);
    expect(stderr).toContain('error: quotations.yaml:');
  });
});

async function copyOfKnowledge(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kb-'));
  await cp('knowledge', dir, { recursive: true });
  return dir;
}
