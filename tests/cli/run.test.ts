import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/cli/run.js';
import { ConfigError } from '../../src/config.js';

function unknownOptionError(): unknown {
  try {
    parseArgs({ args: ['--hlep'], options: { half: { type: 'string' } } });
  } catch (error) {
    return error;
  }
  throw new Error('parseArgs accepted an unknown option');
}

describe('a command-line tool given something it cannot use', () => {
  it('treats an option it does not have as the user’s to fix, with no stack trace', () => {
    expect(isUserError(unknownOptionError())).toBe(true);
  });

  it('treats a configuration problem as the user’s to fix', () => {
    expect(isUserError(new ConfigError('DISCORD_TOKEN is not set'))).toBe(true);
  });

  it('keeps the stack trace of any other error, which is a bug', () => {
    expect(isUserError(new TypeError('x is undefined'))).toBe(false);
    expect(isUserError(new Error('boom'))).toBe(false);
  });
});
