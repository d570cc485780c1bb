import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { currentDeadline, Deadline } from './deadline.js';
import { DeadlineExceededError, mapNeo4jError } from './errors.js';
import { fromNeo4jValue, toNeo4jValue } from './values.js';

export type Row = Record<string, unknown>;

/** A transaction's timeout and metadata (neo4j-driver does not export the type by name). */
type TransactionConfig = NonNullable<Parameters<Session['beginTransaction']>[0]>;

/**
 * A Cypher statement, its parameters and the type of its rows. Cypher text
 * never contains input values.
 */
export interface Statement<R = Row> {
  cypher: string;
  params?: Record<string, unknown>;
  /**
   * Turns one record (column → driver value) into a row. By default every
   * value is converted to plain JavaScript (values.ts); a statement whose
   * rows have a known shape converts them itself, once.
   */
  decode?: (record: Record<string, unknown>) => R;
}

/** One transaction's way to run statements. */
export interface Tx {
  run<R = Row>(statement: Statement<R>): Promise<R[]>;
}

/** What a transaction says about itself: Neo4j shows it in `SHOW TRANSACTIONS` and its query log. */
export interface TxOptions {
  /** Who asked: a GraphQL operation name, `seed`, … */
  metadata?: Record<string, string | number | boolean | null>;
  /**
   * When the work must be done by. @default the deadline of the API request
   * in progress (deadline.ts), none outside one
   */
  deadline?: Deadline;
}

export interface ExecutorOptions {
  database: string | undefined;
  /** Every transaction without a deadline is given this timeout (the loader's). */
  txTimeoutMs: number;
  /** For error messages. */
  uri: string;
  /** Each statement is logged at debug level with its time. @default no logging */
  logger?: Logger;
  /** Told of every statement run: for whom (the operation), how long, and whether it failed (the metrics). @default none */
  observe?: StatementObserver;
  /** Runs every statement inside a span (tracing). @default none */
  trace?: StatementTracer;
}

/** Wraps each statement the executor runs, e.g. in a tracing span. */
export type StatementTracer = <T>(
  cypher: string,
  operation: string | null,
  run: () => Promise<T>,
) => Promise<T>;

/** Sees each statement the executor runs. */
export type StatementObserver = (
  operation: string | null,
  seconds: number,
  outcome: 'ok' | 'error',
) => void;

/**
 * The one way Accord runs Cypher: opens a session, runs the work in a read or
 * write transaction with a timeout and metadata, closes the session, converts
 * values and translates errors.
 */
export class Executor {
  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  read<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    return this.transaction('READ', work, options);
  }

  write<T>(work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T> {
    return this.transaction('WRITE', work, options);
  }

  /**
   * Runs one statement in its own transaction. A read under a deadline (an
   * API request's) runs as an auto-commit transaction: the statement and its
   * pull go out in one message and come back in one reply, where an explicit
   * transaction adds a BEGIN and a COMMIT, each a socket write and the COMMIT
   * a round trip of its own. Such reads are not retried either way.
   */
  async query<R = Row>(
    statement: Statement<R>,
    mode: 'READ' | 'WRITE' = 'READ',
    options: TxOptions = {},
  ): Promise<R[]> {
    const deadline = options.deadline ?? currentDeadline();
    if (mode === 'READ' && deadline) {
      return this.beforeDeadline(deadline, mode, options, (session, config) =>
        this.wrap(
          { run: (cypher, params) => runUncaptured(session, cypher, params, config) },
          options,
        ).run(statement),
      );
    }
    return this.transaction(mode, (tx) => tx.run(statement), options);
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Tx) => Promise<T>,
    options: TxOptions = {},
  ): Promise<T> {
    const deadline = options.deadline ?? currentDeadline();
    if (deadline) {
      return this.beforeDeadline(deadline, mode, options, async (session, config) => {
        const tx = await session.beginTransaction(config);
        const result = await work(this.wrap(tx, options));
        await tx.commit();
        return result;
      });
    }
    const session = this.session(mode);
    const config = this.txConfig(options, this.options.txTimeoutMs);
    const body = (mtx: ManagedTransaction) => work(this.wrap(mtx, options));
    try {
      return mode === 'READ'
        ? await session.executeRead(body, config)
        : await session.executeWrite(body, config);
    } catch (error) {
      throw mapNeo4jError(error, this.options.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * Work under a deadline (an API request's) runs as one transaction whose
   * server-side timeout is the time left, and which a client-side timer cuts
   * when the deadline passes: a frozen server cannot hold the request, since
   * the driver on its own waits for a reply as long as the socket stays open.
   * It fails fast rather than waiting out the driver's retries: an outage is
   * a 503 at once, and the caller may ask again.
   */
  private async beforeDeadline<T>(
    deadline: Deadline,
    mode: 'READ' | 'WRITE',
    options: TxOptions,
    work: (session: Session, config: TransactionConfig) => Promise<T>,
  ): Promise<T> {
    const remaining = deadline.remaining();
    if (remaining <= 0) throw exceeded(deadline);
    const session = this.session(mode);
    let timer: NodeJS.Timeout | undefined;
    let cut = false;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        cut = true;
        reject(exceeded(deadline));
      }, remaining);
    });
    const done = work(session, this.txConfig(options, Math.ceil(remaining)));
    try {
      return await Promise.race([done, expired]);
    } catch (error) {
      throw mapNeo4jError(error, this.options.uri);
    } finally {
      clearTimeout(timer);
      // Closing resets the connection, which stops the query on the server. A
      // frozen server answers that reset only when it wakes, so a cut request
      // does not wait for it; the connection returns to the pool then.
      const closed = session.close().catch(() => {});
      if (!cut) await closed;
    }
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private txConfig(options: TxOptions, timeout: number): TransactionConfig {
    return {
      timeout,
      ...(options.metadata ? { metadata: { app: 'accord', ...options.metadata } } : {}),
    };
  }

  private wrap(mtx: Pick<ManagedTransaction, 'run'>, options: TxOptions): Tx {
    const { logger, observe, trace } = this.options;
    const debug = logger?.isEnabled('debug') ? logger : undefined;
    const operation = options.metadata?.operation;
    const who = typeof operation === 'string' ? operation : null;
    return {
      run: async <R>({ cypher, params = {}, decode }: Statement<R>) => {
        const started = performance.now();
        let rows: R[];
        try {
          const query = () => mtx.run(cypher, toNeo4jValue(params) as Record<string, unknown>);
          const result = await (trace ? trace(cypher, who, query) : query());
          rows = result.records.map((record) =>
            decode ? decode(record.toObject()) : (fromNeo4jValue(record.toObject()) as R),
          );
        } catch (error) {
          observe?.(who, (performance.now() - started) / 1000, 'error');
          throw error;
        }
        const ms = performance.now() - started;
        observe?.(who, ms / 1000, 'ok');
        debug?.debug('cypher', {
          ms: Math.round(ms * 10) / 10,
          rows: rows.length,
          ...options.metadata,
          cypher,
        });
        return rows;
      },
    };
  }

  /**
   * Resolves when the database answers a query within timeoutMs (no retries:
   * a readiness check wants the answer now). A real round trip: the driver's
   * verifyConnectivity() is satisfied by an idle pooled connection without
   * asking the server, so it says yes to a frozen Neo4j.
   */
  async ping(timeoutMs = 1_000): Promise<void> {
    await this.query({ cypher: 'RETURN 1 AS ok' }, 'READ', {
      deadline: Deadline.after(timeoutMs),
      metadata: { probe: 'ready' },
    });
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/**
 * `session.run` without the driver's stack capture. neo4j-driver creates an
 * Error and formats its stack on every run, so that a failure would point at
 * the caller; here the caller is always this file. In a CPU profile of the
 * server answering the company question that capture was 3% of the busy time.
 * The stack trace limit is lowered only while the driver builds its Result,
 * which it does synchronously; a failure keeps its message and code, and
 * mapNeo4jError still translates it.
 */
function runUncaptured(
  session: Session,
  ...[cypher, params, config]: Parameters<Session['run']>
): ReturnType<Session['run']> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(cypher, params, config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function exceeded(deadline: Deadline): DeadlineExceededError {
  return new DeadlineExceededError(
    `the request's deadline of ${deadline.ms} ms passed before Neo4j answered`,
  );
}
