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
    expect(stdout).toContain('No answer from the article: no entry covers it confidently enough');
  });

  it('answers a Spanish question in Spanish, with the article\'s English quote', async () => {
    const { code, stdout } = await runCli('ask', ['¿Quién le pidió a Petro que renunciara?']);
    expect(code).toBe(0);
    expect(stdout).toContain('instó a Petro a renunciar');
    expect(stdout).toMatch(/> .*urged him to resign/);
  });

  it('says in one line how to ask a question that starts with a dash, instead of crashing', async () => {
    const refused = await runCli('ask', ['-_- who is galan']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('a question that starts with "-" goes after "--"');
    expect(refused.stderr).not.toContain('    at ');
    const asked = await runCli('ask', ['--', '-_- who is galan']);
    expect(asked.stdout).toContain('Galan');
  });

  it('says there is no question when it is given an empty one', async () => {
    const { code, stdout } = await runCli('ask', ['']);
    expect(code).toBe(0);
    expect(stdout).toContain('there is no question to answer');
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
