/**
 * The bot exactly as `npm start` runs it in one process (runBotProcess: the
 * knowledge store, the feedback log, the real client), for the load test, plus
 * one way to read its memory from outside: each line `heap <label>` on stdin is
 * answered on stdout with the heap in use after a full collection, as
 * `{"label": "<label>", "heapUsed": <bytes>}`.
 * Run with `node --expose-gc --import tsx`.
 */
import { createInterface } from 'node:readline';
import { runBotProcess } from '../../../src/botProcess.js';
import { runCli } from '../../../src/cli/run.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';

runCli(async () => {
  const collect = globalThis.gc;
  if (!collect) throw new Error('run the load bot with --expose-gc: its heap is measured after a full collection');
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, secrets: [config.token] });
  await runBotProcess(config, logger);
  createInterface({ input: process.stdin }).on('line', (line) => {
    const [command, label = ''] = line.trim().split(/\s+/);
    if (command !== 'heap') return;
    // Twice: the first collection can leave finalised objects for the second.
    collect();
    collect();
    process.stdout.write(`${JSON.stringify({ label, heapUsed: process.memoryUsage().heapUsed })}\n`);
  });
});
