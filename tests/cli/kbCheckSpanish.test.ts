import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

describe('npm run kb:check on the Spanish side', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reports how many Spanish phrasings their own entry answers, without failing', async () => {
    const { code, stdout } = await runCli('kbCheck', []);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Spanish: \d+\/\d+ phrasings answered by their own entry, in Spanish/);
  });

  it('warns about a Spanish answer with a number its quote does not hold, and still passes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kb-'));
    await cp('knowledge', dir, { recursive: true });
    const qa = join(dir, 'qa.yaml');
    const text = await readFile(qa, 'utf8');
    await writeFile(qa, text.replace('answer: "Según lo reportado, EE.UU. ha destruido 19 lanchas', 'answer: "Según lo reportado, EE.UU. ha destruido 91 lanchas'));
    const { code, stderr } = await runCli('kbCheck', [], { env: { KNOWLEDGE_DIR: dir } });
    expect(code).toBe(0);
    expect(stderr).toContain('warning: qa.yaml: boats-destroyed: Spanish answer mentions 91, which the quote does not');
  });
});
