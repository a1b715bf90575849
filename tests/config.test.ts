import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, required } from '../src/config.js';

describe('parsing the configuration', () => {
  it('fills in defaults for everything optional', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ cooldownSeconds: 5, logLevel: 'info', qaChannelIds: [], shardCount: 1, token: undefined });
    expect(config.knowledgeDir).toMatch(/knowledge$/);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads lists of channel ids and treats empty variables as unset', () => {
    const config = parseConfig({ QA_CHANNEL_IDS: '123456789012345678, 223456789012345678', GUILD_ID: '' });
    expect(config.qaChannelIds).toEqual(['123456789012345678', '223456789012345678']);
    expect(config.guildId).toBeUndefined();
  });

  it.each([
    [{ COOLDOWN_SECONDS: 'soon' }, 'COOLDOWN_SECONDS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ GUILD_ID: 'my-server' }, 'GUILD_ID'],
    [{ QA_CHANNEL_IDS: '123456789012345678,general' }, 'QA_CHANNEL_IDS'],
    [{ DISCORD_API_URL: 'not a url' }, 'DISCORD_API_URL'],
    [{ SHARD_COUNT: 'many' }, 'SHARD_COUNT'],
    [{ DATABASE_URL: 'mysql://db/bot' }, 'DATABASE_URL'],
    [{ QUESTION_RETENTION_DAYS: '0' }, 'QUESTION_RETENTION_DAYS'],
    [{ QUESTION_RETENTION_DAYS: 'forever' }, 'QUESTION_RETENTION_DAYS'],
  ])('refuses %j with one line naming %s and pointing at .env.example', (env, variable) => {
    expect(() => parseConfig(env)).toThrowError(new RegExp(`^Configuration error: ${variable} .*\\(see \\.env\\.example\\)$`));
  });

  it('keeps state in SQLite for 90 days unless told otherwise, and takes a Postgres URL', () => {
    expect(parseConfig({})).toMatchObject({ databaseUrl: undefined, questionRetentionDays: 90 });
    const config = parseConfig({ DATABASE_URL: 'postgres://bot:secret@127.0.0.1:5432/bot', QUESTION_RETENTION_DAYS: '30' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://bot:secret@127.0.0.1:5432/bot', questionRetentionDays: 30 });
  });

  it('names a required variable that is missing', () => {
    expect(() => required(parseConfig({}).token, 'DISCORD_TOKEN')).toThrowError(ConfigError);
    expect(() => required(undefined, 'DISCORD_TOKEN')).toThrowError('DISCORD_TOKEN is required');
  });
});
