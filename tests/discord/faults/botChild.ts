/**
 * The bot as a process of its own, the way `npm start` runs it, logged into a
 * fake Discord in the test's process: for exit codes, and for memory that is
 * the bot's alone. Its knowledge is a copy and its data folder a fresh one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../../support/built.js';
import type { FakeDiscord } from '../../support/fakeDiscord.js';
import { Recorder } from '../../support/recorder.js';
import { TOKEN } from '../harness.js';

// A stopped bot has this long to exit on its own before it is killed.
const STOP_GRACE_MS = 10_000;

export interface BotChildOptions {
  fake: FakeDiscord;
  /** The script to run, relative to the project root (default: `dist/index.js`, as `npm start`); TypeScript runs through tsx. */
  entry?: string;
  /** Extra environment, e.g. COOLDOWN_SECONDS. */
  env?: Record<string, string>;
  /** Node flags before the script, e.g. `--expose-gc`. */
  nodeArgs?: string[];
}

export interface BotChild {
  process: ChildProcess;
  /** Lines the bot wrote to stderr (its JSON log, and plain messages for the operator). */
  stderr: Recorder<string>;
  /** Lines the bot wrote to stdout. */
  stdout: Recorder<string>;
  /** The exit code once it has exited (null after a signal). */
  exited: Promise<number | null>;
  /** Stops it (SIGTERM, then SIGKILL after a grace period) and removes its folders; safe to call twice. */
  stop(): Promise<void>;
}

export async function spawnBot(options: BotChildOptions): Promise<BotChild> {
  const folder = await mkdtemp(join(tmpdir(), 'bot-child-'));
  await cp(join(ROOT, 'knowledge'), join(folder, 'knowledge'), { recursive: true });
  const entry = options.entry ?? 'dist/index.js';
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...loader, entry], {
    cwd: ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: options.fake.apiUrl,
      KNOWLEDGE_DIR: join(folder, 'knowledge'),
      DATA_DIR: join(folder, 'data'),
      SHARD_COUNT: '1',
      QA_CHANNEL_IDS: '',
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      child.stdin?.end();
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      await rm(folder, { recursive: true, force: true });
    })();
    return stopping;
  };
  return { process: child, stderr: linesOf(child.stderr), stdout: linesOf(child.stdout), exited, stop };
}

/** Every line of a stream, read to its end (a pipe nobody drains would stall the bot). */
function linesOf(stream: NodeJS.ReadableStream | null): Recorder<string> {
  const lines = new Recorder<string>((line) => line.slice(0, 300));
  if (stream) createInterface({ input: stream }).on('line', (line) => lines.push(line));
  return lines;
}

/** `promise`, or a rejection naming `what` after `timeoutMs`. */
export async function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
