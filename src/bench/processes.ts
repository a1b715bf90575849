import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';

// What the end-to-end bench reads about the bot's process from outside it.

// Linux reports process CPU time in clock ticks of 1/100 s everywhere Node runs.
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time the process has used so far, from Linux's /proc; null elsewhere. */
export async function cpuMs(pid: number | undefined): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** A process's resident set, now and at its peak (Linux's /proc; `ps` elsewhere, without the peak). */
export async function residentMemory(pid: number | undefined): Promise<{ rss: number; peak: number | null }> {
  if (pid === undefined) return { rss: Number.NaN, peak: null };
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    const ps = spawn('ps', ['-o', 'rss=', '-p', String(pid)]);
    let out = '';
    ps.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await new Promise((resolve) => ps.once('close', resolve));
    return { rss: Number(out.trim()) * 1024, peak: null };
  }
}

/** Asks a child process to stop, and kills it if it has not within 10 s. */
export async function stopProcess(bot: ChildProcess): Promise<void> {
  if (bot.exitCode !== null || bot.signalCode !== null) return;
  const exited = new Promise((resolve) => bot.once('exit', resolve));
  bot.kill('SIGTERM');
  const timer = setTimeout(() => bot.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
