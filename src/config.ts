import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
const idList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(snowflake));

const envSchema = z.object({
  KNOWLEDGE_DIR: z.string().default(`${projectRoot}knowledge`),
  DATA_DIR: z.string().default(`${projectRoot}data`),
  DISCORD_TOKEN: optional(z.string().regex(/^\S{20,}$/, 'must be a bot token (see the Bot page of your application)')),
  DISCORD_CLIENT_ID: optional(snowflake),
  GUILD_ID: optional(snowflake),
  QA_CHANNEL_IDS: idList,
  MOD_ROLE_IDS: idList,
  COOLDOWN_SECONDS: z.coerce.number().min(0, 'must be 0 or more').max(3600, 'must be at most 3600').default(5),
  EDIT_WINDOW_MINUTES: z.coerce.number().min(0, 'must be 0 or more').max(1440, 'must be at most 1440').default(10),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  LOG_PRETTY: z.enum(['', '0', '1']).default('').transform((v) => v === '1'),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api' })),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL such as postgres://bot:secret@db.example:5432/bot' })),
  QUESTION_RETENTION_DAYS: z.coerce.number().int('must be a whole number of days').min(1, 'must be at least 1').max(3650, 'must be at most 3650').default(90),
  SHARD_COUNT: z
    .string()
    .default('1')
    .refine((v) => v === 'auto' || /^[1-9]\d{0,3}$/.test(v), 'must be "auto" or a whole number from 1')
    .transform((v) => (v === 'auto' ? 'auto' : Number(v))),
});

export type Config = Readonly<{
  knowledgeDir: string;
  dataDir: string;
  token: string | undefined;
  clientId: string | undefined;
  guildId: string | undefined;
  qaChannelIds: readonly string[];
  modRoleIds: readonly string[];
  cooldownSeconds: number;
  /** How long after a question is posted an edit of it still changes the bot's reply; 0 ignores edits. */
  editWindowMinutes: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Human-readable logs for a terminal (LOG_PRETTY=1) instead of JSON lines. */
  logPretty: boolean;
  apiUrl: string | undefined;
  shardCount: number | 'auto';
  /** Postgres instead of the SQLite file in dataDir. */
  databaseUrl: string | undefined;
  questionRetentionDays: number;
}>;

/** A configuration problem, said in one line that names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses and checks the environment once; every other module reads the result. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Configuration error: ${variable} ${issue?.message ?? 'is invalid'} (see .env.example)`);
  }
  const e = result.data;
  return Object.freeze({
    knowledgeDir: e.KNOWLEDGE_DIR,
    dataDir: e.DATA_DIR,
    token: e.DISCORD_TOKEN,
    clientId: e.DISCORD_CLIENT_ID,
    guildId: e.GUILD_ID,
    qaChannelIds: Object.freeze(e.QA_CHANNEL_IDS),
    modRoleIds: Object.freeze(e.MOD_ROLE_IDS),
    cooldownSeconds: e.COOLDOWN_SECONDS,
    editWindowMinutes: e.EDIT_WINDOW_MINUTES,
    logLevel: e.LOG_LEVEL,
    logPretty: e.LOG_PRETTY,
    apiUrl: e.DISCORD_API_URL,
    shardCount: e.SHARD_COUNT,
    databaseUrl: e.DATABASE_URL,
    questionRetentionDays: e.QUESTION_RETENTION_DAYS,
  });
}

/** Reads `.env` (without overriding the real environment) and parses the result. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}

/** A setting that this command cannot run without, or a ConfigError naming its variable. */
export function required<T>(value: T | undefined, variable: string): T {
  if (value === undefined) throw new ConfigError(`Configuration error: ${variable} is required (see .env.example)`);
  return value;
}
