import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readUnanswered, UNANSWERED_FILE } from '../../../src/knowledge/checks/unanswered.js';

describe('reading the questions the article leaves open', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads no questions from a folder without the file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kb-open-'));
    expect(await readUnanswered(dir)).toEqual({ questions: [], errors: [] });
  });

  it('names the file and the field when a question has no reason', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kb-open-'));
    await writeFile(join(dir, UNANSWERED_FILE), 'questions:\n  - question: "How tall is the mayor?"\n');
    const { questions, errors } = await readUnanswered(dir);
    expect(questions).toEqual([]);
    expect(errors).toEqual([{ file: 'unanswered.yaml', id: null, message: expect.stringMatching(/^questions\.0\.why: /) }]);
  });
});
