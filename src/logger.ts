import { pino } from 'pino';

/**
 * Structured logging on pino: one JSON object per line (or a readable line on
 * a TTY). Every module logs through a Logger it is handed; a request's logger
 * is a child carrying its request id. Errors under `error` or `err` are
 * written with their type, message and stack.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger whose lines all carry `fields` (a request id, a component). */
  child(fields: LogFields): Logger;
  /** Whether lines of this level are written: skip building costly fields when not. */
  isEnabled(level: LogLevel): boolean;
}

export interface LoggerOptions {
  /** Lowest level written. @default 'info' */
  level?: LogLevel;
  /** json: one object per line; pretty: `time LEVEL msg key=value`. @default 'json' */
  format?: 'json' | 'pretty';
  /** Where lines go, one call per line without its newline. @default process.stderr */
  write?: (line: string) => void;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const format = options.format ?? 'json';
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const destination = {
    write: (chunk: string) => {
      const line = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
      write(format === 'json' ? line : pretty(JSON.parse(line) as LogFields));
    },
  };
  return wrap(
    pino(
      {
        level: options.level ?? 'info',
        base: undefined,
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        serializers: { error: pino.stdSerializers.err, err: pino.stdSerializers.err },
      },
      destination,
    ),
  );
}

function wrap(p: pino.Logger): Logger {
  return {
    debug: (msg, fields) => p.debug(fields ?? {}, msg),
    info: (msg, fields) => p.info(fields ?? {}, msg),
    warn: (msg, fields) => p.warn(fields ?? {}, msg),
    error: (msg, fields) => p.error(fields ?? {}, msg),
    child: (fields) => wrap(p.child(fields)),
    isEnabled: (level) => p.isLevelEnabled(level),
  };
}

/** A logger that drops everything, for tests and library callers that pass none. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
  isEnabled: () => false,
};

function pretty(record: LogFields): string {
  const { time, level, msg, ...rest } = record;
  const extras = Object.entries(rest)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  return `${String(time).slice(11, 23)} ${String(level).toUpperCase().padEnd(5)} ${msg}${extras ? ` ${extras}` : ''}`;
}
