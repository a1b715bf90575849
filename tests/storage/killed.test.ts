import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../../src/storage/database.js';

const RECORDER = fileURLToPath(new URL('./fixtures/questionRecorder.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dataDir = '';
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('questions recorded by a bot killed with SIGKILL', () => {
  it('keeps every question that was acknowledged, and the database opens again', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'store-killed-'));
    const child = spawn(process.execPath, ['--import', 'tsx', RECORDER, dataDir], { cwd: ROOT, stdio: 'pipe' });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const closed = once(child, 'close');
    // Killed once it has acknowledged a few hundred questions, while it goes on writing.
    while (!/^ack (\d{3,})$/m.test(out) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    await closed;

    const acknowledged = Math.max(...[...out.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]))) + 1;
    const storage = await openStorage({ dataDir });
    const rows = await storage.db.selectFrom('questions').select('question').execute();
    await storage.close();
    expect(acknowledged).toBeGreaterThanOrEqual(100);
    expect(rows.length).toBeGreaterThanOrEqual(acknowledged);
    const stored = new Set(rows.map((r) => r.question));
    for (let n = 0; n < acknowledged; n++) expect(stored.has(`question ${n}`)).toBe(true);
  }, 60_000);
});
