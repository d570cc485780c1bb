import { createLogger, type LogFields, type Logger, type LogLevel } from '../logger.js';

/** The line useRequestLog writes once per GraphQL operation. */
export interface OperationLine {
  operation: string | null;
  ms: number;
  cypher: number;
  errors: number;
}

/** The app's logger, and the operation lines it has kept so far (empty it between runs). */
export interface OperationLog {
  logger: Logger;
  lines: OperationLine[];
}

/**
 * A logger for the app under test. The app logs one line per operation; keep
 * those (they carry the Cypher count, which the benchmark reports) and pass
 * everything else on to `consoleLogger`.
 */
export function createOperationLog(consoleLogger: Logger): OperationLog {
  const lines: OperationLine[] = [];
  const logger = createLogger({
    // Operation lines are written at debug unless slow: take all, pass the rest on at its level.
    level: 'debug',
    format: 'json',
    write: (line) => {
      const {
        time: _time,
        level,
        msg,
        ...fields
      } = JSON.parse(line) as LogFields & {
        level: LogLevel;
        msg: string;
      };
      if (msg === 'graphql operation') lines.push(fields as unknown as OperationLine);
      else consoleLogger[level](msg, fields);
    },
  });
  return { logger, lines };
}
