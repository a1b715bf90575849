/**
 * Structured logs through pino: one JSON object per line on stderr, one line per
 * event (`{"level":"info","time":"…","event":"ready",…fields}`), so they can be
 * grepped by hand or shipped to a log store as they are. The rest of the project
 * sees only the small Logger interface below, so call sites and test fakes do not
 * depend on pino.
 */
import { pino, stdSerializers, type DestinationStream, type Logger as PinoLogger, type LoggerOptions as PinoOptions } from 'pino';

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
  /** Where a finished line goes (synchronously, without its newline); by default stderr, written asynchronously. */
  write?: (line: string) => void;
  /** Colourised, human-readable lines for a person's terminal (LOG_PRETTY=1), through pino-pretty. */
  pretty?: boolean;
  now?: () => Date;
  /** Fields every line carries (through a pino child logger), e.g. the shard when several shards write to one stderr. */
  fields?: LogFields;
}

const REDACTED = '[redacted]';
// Shorter "secrets" would redact ordinary words; a Discord token is far longer than this.
const MIN_SECRET_LENGTH = 8;

/** A Logger writing through pino; see LoggerOptions for where the lines go. */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => !!s && s.length >= MIN_SECRET_LENGTH);
  const now = options.now;
  const settings: PinoOptions = {
    level: options.level,
    messageKey: 'event',
    base: null,
    timestamp: now ? () => `,"time":"${now().toISOString()}"` : pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Error properties are not enumerable: without a serializer an error would print as `{}`.
    serializers: { error: stdSerializers.err, err: stdSerializers.err },
    // Redact the serialised line, not the fields: a secret can hide anywhere, e.g. inside an error message.
    ...(secrets.length > 0 && { hooks: { streamWrite: (line: string) => redact(line, secrets) } }),
  };
  const root = pino(settings, destination(options));
  return adapt(options.fields ? root.child(options.fields) : root);
}

function destination(options: LoggerOptions): DestinationStream {
  const write = options.write;
  if (write) return { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) };
  if (options.pretty) {
    // A worker thread, loaded only when asked for: pino-pretty is not on the production path.
    return pino.transport({ target: 'pino-pretty', options: { destination: 2, messageKey: 'event' } });
  }
  // Asynchronous: a question's log line is buffered, not written on the answer's path. pino flushes
  // what is buffered when the process exits.
  return pino.destination({ dest: 2, sync: false });
}

function adapt(log: PinoLogger): Logger {
  return {
    debug: (event, fields) => log.debug(fields ?? {}, event),
    info: (event, fields) => log.info(fields ?? {}, event),
    warn: (event, fields) => log.warn(fields ?? {}, event),
    error: (event, fields) => log.error(fields ?? {}, event),
  };
}

function redact(line: string, secrets: readonly string[]): string {
  let text = line;
  for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join(REDACTED);
  return text;
}

/** A logger that writes nothing, for tests that do not look at logs. */
export const silentLogger: Logger = createLogger({ level: 'error', write: () => undefined });
