/**
 * Structured logs: one JSON object per line on stderr, one line per event, so
 * they can be grepped by hand or shipped to a log store as they are.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Values that must never be written (the bot token): replaced wherever they appear in a line. */
  secrets?: readonly (string | undefined)[];
  /** Where a finished line goes; stderr by default, so stdout stays free for command output. */
  write?: (line: string) => void;
  now?: () => Date;
  /** Fields every line carries, e.g. the shard when several shards write to one stderr. */
  fields?: LogFields;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const REDACTED = '[redacted]';
// Shorter "secrets" would redact ordinary words; a Discord token is far longer than this.
const MIN_SECRET_LENGTH = 8;

export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const secrets = (options.secrets ?? []).filter((s): s is string => !!s && s.length >= MIN_SECRET_LENGTH);
  const log = (level: LogLevel) => (event: string, fields: LogFields = {}) => {
    if (RANK[level] < RANK[options.level]) return;
    const line = JSON.stringify({ time: now().toISOString(), level, event, ...options.fields, ...fields }, serialiseErrors);
    // Redact the serialised line, not the fields: a secret can hide anywhere, e.g. inside an error message.
    write(secrets.reduce((text, secret) => text.split(secret).join(REDACTED), line));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that writes nothing, for tests that do not look at logs. */
export const silentLogger: Logger = createLogger({ level: 'error', write: () => undefined });

// Error properties are not enumerable, so JSON.stringify would print `{}` for them.
function serialiseErrors(_key: string, value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const code = 'code' in value ? value.code : undefined;
  return { name: value.name, message: value.message, ...(code !== undefined && { code }), stack: value.stack };
}
