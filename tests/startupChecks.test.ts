/**
 * Start-up failures a user can fix, seen as `npm start` shows them: the compiled
 * entry point with a bad environment exits 1 with one line that names the
 * variable and the path, and no stack trace.
 */
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { exitOnUncaughtErrors } from '../src/startupChecks.js';
import { ROOT, dist } from './support/built.js';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'startup-checks-'));
  await writeFile(join(folder, 'a-file'), 'not a folder');
  await cp(join(ROOT, 'knowledge'), join(folder, 'broken-knowledge'), { recursive: true });
  await writeFile(join(folder, 'broken-knowledge', 'qa.yaml'), 'entries: [unclosed\n');
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function startBot(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  const base = { PATH: process.env['PATH'] ?? '', DISCORD_TOKEN: 'fake-token-for-the-bot-tests-0123456789' };
  const options = { cwd: ROOT, env: { ...base, ...env }, timeout: 30_000 };
  return new Promise((resolve) => {
    execFile(process.execPath, [dist('index')], options, (error, _stdout, stderr) => {
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr });
    });
  });
}

/** Exit code 1, and one line besides the bot's ordinary info log: `expected`, never a stack trace. */
function expectOneLine({ code, stderr }: { code: number; stderr: string }, expected: RegExp | string): void {
  expect(code).toBe(1);
  const problems = stderr.split('\n').filter((line) => line && !line.startsWith('{"level":"info"'));
  expect(problems).toEqual([typeof expected === 'string' ? expected : expect.stringMatching(expected)]);
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 9;
}

describe('the compiled bot started with an unusable environment', () => {
  it('names DATA_DIR in one line when it lies under a regular file', async () => {
    const run = await startBot({ DATA_DIR: join(folder, 'a-file', 'data') });
    expectOneLine(run, /^Configuration error: DATA_DIR \(.*a-file\/data\) cannot be used: part of that path is a file/);
  });

  it('names DATA_DIR in one line when it is a regular file, with several shards too', async () => {
    const run = await startBot({ DATA_DIR: join(folder, 'a-file'), SHARD_COUNT: '2' });
    expectOneLine(run, /^Configuration error: DATA_DIR .* it is a file, not a folder/);
  });

  it('names KNOWLEDGE_DIR and kb:check in one line when the knowledge fails its checks', async () => {
    const run = await startBot({ KNOWLEDGE_DIR: join(folder, 'broken-knowledge'), DATA_DIR: join(folder, 'data1') });
    expectOneLine(run, /^Configuration error: the knowledge in KNOWLEDGE_DIR .*qa\.yaml.*`npm run kb:check`/);
  });

  it('names DISCORD_API_URL in one line when nothing listens at its port', async () => {
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api`;
    const run = await startBot({ DATA_DIR: join(folder, 'data2'), DISCORD_API_URL: apiUrl });
    expectOneLine(
      run,
      `Configuration error: cannot reach Discord at ${apiUrl} (ECONNREFUSED); ` +
        'check the network, or DISCORD_API_URL if it is set (see .env.example)',
    );
  });
});

describe('an error nothing caught', () => {
  const events = ['uncaughtException', 'unhandledRejection'];
  it.each(events)('is logged as one structured line before exit code 1 (%s)', (event) => {
    const lines: string[] = [];
    const exits: number[] = [];
    const target = new EventEmitter();
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
    exitOnUncaughtErrors(logger, target, (code) => exits.push(code));

    target.emit(event, new Error('lost'));

    expect(exits).toEqual([1]);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 'error', error: { message: 'lost' } });
  });
});
