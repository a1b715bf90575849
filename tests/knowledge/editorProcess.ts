/**
 * fixtures/crashEditor.ts as a child process the crash test can start and kill.
 * It is spawned ahead of time (loading takes most of a second) and only touches
 * the folders once started, so each round costs the kill, not the loading.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { TempFolders } from './helpers.js';

const EDITOR = fileURLToPath(new URL('./fixtures/crashEditor.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY_WITHIN_MS = 30_000;

/** What one editor said before it was killed. */
export interface EditorRun {
  /** The hash of qa.yaml its store opened on. */
  ready: string;
  /** Each acknowledged edit: its step and the hash of qa.yaml after it. */
  done: Array<{ step: number; hash: string }>;
  /** Its log (JSON lines), for assertions and for a failure's message. */
  stderr: string;
}

export class EditorProcess {
  private stdout = '';
  private stderr = '';
  private readonly closed: Promise<unknown>;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.closed = once(child, 'close');
  }

  static spawn(folders: Pick<TempFolders, 'knowledgeDir' | 'dataDir'>): EditorProcess {
    const args = ['--import', 'tsx', EDITOR, folders.knowledgeDir, folders.dataDir];
    return new EditorProcess(spawn(process.execPath, args, { cwd: ROOT, stdio: 'pipe' }));
  }

  /** Lets it open the store and edit from `firstStep`; resolves once its store is open. */
  async start(firstStep: number): Promise<void> {
    this.child.stdin.write(`go ${firstStep}\n`);
    const deadline = Date.now() + READY_WITHIN_MS;
    while (!/^ready /m.test(this.stdout)) {
      if (this.child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`the editor did not open its store:\n${this.stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** SIGKILL, then everything it said. Safe to call again, or after it stopped by itself. */
  async kill(): Promise<EditorRun> {
    this.child.kill('SIGKILL');
    await this.closed;
    const lines = this.stdout.split('\n');
    const done = lines.flatMap((line) => {
      const [word, step, hash] = line.split(' ');
      return word === 'done' && hash ? [{ step: Number(step), hash }] : [];
    });
    const ready = lines.find((line) => line.startsWith('ready '))?.slice('ready '.length) ?? '';
    return { ready, done, stderr: this.stderr };
  }
}
