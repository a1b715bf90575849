import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.secret.token-value';

function capture(level: 'debug' | 'info' | 'warn' | 'error' = 'info') {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets: [TOKEN], write: (line) => lines.push(line), now: () => new Date(0) });
  return { logger, lines };
}

describe('the logger', () => {
  it('writes one JSON line per event with time, level and fields', () => {
    const { logger, lines } = capture();
    logger.info('question', { answered: true, entryId: 'who-is-petro', latencyMs: 1.2, source: 'slash' });

    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      time: '1970-01-01T00:00:00.000Z',
      level: 'info',
      event: 'question',
      answered: true,
      entryId: 'who-is-petro',
      latencyMs: 1.2,
      source: 'slash',
    });
  });

  it('adds the fields it was created with to every line, as each shard adds its id', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line), fields: { shard: 1 } });
    logger.info('ready', { guilds: 3 });

    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ event: 'ready', shard: 1, guilds: 3 });
  });

  it('drops events below the configured level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('noise');
    logger.info('noise');
    logger.warn('kept');
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['kept']);
  });

  it('redacts the token wherever it appears, errors included', () => {
    const { logger, lines } = capture();
    logger.error('failed', { error: new Error(`bad header Bot ${TOKEN}`), note: TOKEN });

    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(JSON.parse(lines[0] ?? '').error.message).toBe('bad header Bot [redacted]');
  });

  it('serialises an error with its type, message, code and stack', () => {
    const { logger, lines } = capture();
    logger.error('failed', { error: Object.assign(new Error('boom'), { code: 'EACCES' }) });

    const { error } = JSON.parse(lines[0] ?? '');
    expect(error).toMatchObject({ type: 'Error', message: 'boom', code: 'EACCES' });
    expect(error.stack).toContain('Error: boom');
  });
});
