import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

const CONTRACT_KEYS = ['question', 'answered', 'id', 'answer', 'quote', 'speaker', 'paragraph', 'confidence', 'suggestions'];

describe('npm run ask', () => {
  it('prints the answer, the quote with its paragraph, and the confidence for a person', async () => {
    const { code, stdout } = await runCli('ask', ['How many boats has the U.S. destroyed?']);
    expect(code).toBe(0);
    expect(stdout).toContain('19 boats');
    expect(stdout).toMatch(/> .*destroyed 19 boats/);
    expect(stdout).toMatch(/paragraph 5; confidence [01]\.\d\d/);
  });

  it('says politely when the article does not answer', async () => {
    const { code, stdout } = await runCli('ask', ['What is the capital of France?']);
    expect(code).toBe(0);
    expect(stdout).toContain('The article does not answer that');
  });

  it('prints exactly the JSON contract with --json', async () => {
    const { stdout } = await runCli('ask', ['--json', 'Who urged Petro to resign?']);
    const record: Record<string, unknown> = JSON.parse(stdout);
    expect(Object.keys(record)).toEqual(CONTRACT_KEYS);
    expect(record).toMatchObject({ answered: true, speaker: null, paragraph: 12 });
    expect(record.quote).toContain('urged him to resign');
  });

  it('answers one JSON line per standard-input line, in order, blank lines included', async () => {
    const input = ['how many people were killed', '', 'who won the super bowl', 'what did galan say about playing with fire'].join('\n');
    const { stdout, stderr } = await runCli('ask', ['--json'], { input });
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.question, l.answered])).toEqual([
      ['how many people were killed', true],
      ['', false],
      ['who won the super bowl', false],
      ['what did galan say about playing with fire', true],
    ]);
    expect(stderr).toBe('');
  });

  it('fails with one clear line when the knowledge folder is missing', async () => {
    const { code, stderr } = await runCli('ask', ['anything'], { env: { KNOWLEDGE_DIR: '/nonexistent' } });
    expect(code).toBe(1);
    expect(stderr).toContain('article.yaml: cannot be read (ENOENT)');
  });
});
