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
  const minimum = RANK[options.level];
  const log = (level: LogLevel) => {
    if (RANK[level] < minimum) return () => undefined;
    // One line a question is the busiest path: one object built field by field, no
    // replacer unless a field could hold an Error, and one write.
    return (event: string, fields?: LogFields) => {
      const record: Record<string, unknown> = { time: now().toISOString(), level, event };
      const baseFlat = copyFields(record, options.fields);
      const flat = copyFields(record, fields) && baseFlat;
      const line = JSON.stringify(record, flat ? undefined : serialiseErrors);
      write(secrets.length === 0 ? line : redact(line, secrets));
    };
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * Copies `fields` into `record` as a spread would (later keys win); false when a value
 * is an object, which may be or hold an Error and so needs serialiseErrors. A replacer
 * function takes JSON.stringify off its fast path, so lines of plain values go without.
 */
function copyFields(record: Record<string, unknown>, fields: LogFields | undefined): boolean {
  let flat = true;
  if (!fields) return flat;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    record[key] = value;
    if (typeof value === 'object' && value !== null) flat = false;
  }
  return flat;
}

// Redact the serialised line, not the fields: a secret can hide anywhere, e.g. inside an error message.
function redact(line: string, secrets: readonly string[]): string {
  let text = line;
  for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join(REDACTED);
  return text;
}

/** A logger that writes nothing, for tests that do not look at logs. */
export const silentLogger: Logger = createLogger({ level: 'error', write: () => undefined });

// Error properties are not enumerable, so JSON.stringify would print `{}` for them.
function serialiseErrors(_key: string, value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const code = 'code' in value ? value.code : undefined;
  return { name: value.name, message: value.message, ...(code !== undefined && { code }), stack: value.stack };
}
