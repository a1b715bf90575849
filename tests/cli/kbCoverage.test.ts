import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

describe('npm run kb:coverage', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('says every sentence of the curated article is covered by a quote', async () => {
    const { code, stdout } = await runCli('kbCoverage', []);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Every sentence of the 17 paragraphs is covered by the \d+ entries' quotes\.$/m);
  });

  it('lists a sentence whose words no quote holds, with the words', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kb-'));
    await cp('knowledge', dir, { recursive: true });
    const qa = join(dir, 'qa.yaml');
    await writeFile(qa, (await readFile(qa, 'utf8')).replace(/(quote: "[^"\n]*) Americans then have to rely on detecting the boats at sea\."/, '$1"'));
    const { code, stdout } = await runCli('kbCoverage', [], { env: { KNOWLEDGE_DIR: dir } });
    expect(code).toBe(0);
    expect(stdout).toContain('paragraph 6: Americans then have to rely on detecting the boats at sea.');
    expect(stdout).toContain('  not in any quote: americans, rely, detecting, boats, sea');
    expect(stdout).toContain('1 sentence(s) not fully covered');
  });
});
