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
  ])('refuses %j with one line naming %s and pointing at .env.example', (env, variable) => {
    expect(() => parseConfig(env)).toThrowError(new RegExp(`^Configuration error: ${variable} .*\\(see \\.env\\.example\\)$`));
  });

  it('names a required variable that is missing', () => {
    expect(() => required(parseConfig({}).token, 'DISCORD_TOKEN')).toThrowError(ConfigError);
    expect(() => required(undefined, 'DISCORD_TOKEN')).toThrowError('DISCORD_TOKEN is required');
  });
});
