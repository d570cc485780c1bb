import type { Executor, Row, Statement, TxOptions } from './executor.js';

/** What one request may ask of Neo4j, so that no request holds more than a fair share of the pool. */
export interface ReadLimits {
  /** The most Cypher statements one request runs; past it, each further read fails. */
  statements: number;
  /** The most sessions (each holding a pooled connection) one request holds at once; others wait their turn. */
  sessions: number;
}

/** Enough for any query the README shows (the heaviest runs 15), far below what an abusive one would run. */
export const REQUEST_READ_LIMITS: ReadLimits = { statements: 50, sessions: 4 };

/** A read refused because the request has run all the statements it may. */
export class StatementLimitError extends Error {
  constructor(readonly limit: number) {
    super(
      `This request has run ${limit} Cypher statements, the most one request may run: ask for fewer fields or aliases, or split the query.`,
    );
    this.name = 'StatementLimitError';
  }
}

/**
 * Reads for one GraphQL request: every statement runs in its own read
 * transaction through the executor, tagged with the request's operation, and
 * is counted, so a request's log line says how many Cypher calls it made.
 * The count is capped (`limits.statements`), and so are the sessions held at
 * once (`limits.sessions`): reads past that wait, in order, for one to close.
 */
export class GraphReader {
  /** Statements run so far. */
  statements = 0;
  /** The Cypher of the first statements run (up to `limits.statements`), for the slow-query log. */
  readonly cypher: string[] = [];
  private options: TxOptions = {};
  private sessions = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly executor: Pick<Executor, 'query' | 'read'>,
    private readonly limits: ReadLimits = REQUEST_READ_LIMITS,
    /** The error a read past the statement cap fails with. */
    private readonly overLimit: (limit: number) => Error = (limit) =>
      new StatementLimitError(limit),
  ) {}

  /** Names the GraphQL operation the statements serve, as transaction metadata (`SHOW TRANSACTIONS`). */
  serve(operation: string | null): void {
    this.options = { metadata: { operation: operation ?? 'anonymous' } };
  }

  async rows<R = Row>(statement: Statement<R>): Promise<R[]> {
    this.count(statement);
    return this.inSession(() => this.executor.query(statement, 'READ', this.options));
  }

  /** Runs several statements in one read transaction, so they see one state of the graph. */
  transaction<T>(
    work: (run: <R = Row>(statement: Statement<R>) => Promise<R[]>) => Promise<T>,
  ): Promise<T> {
    return this.inSession(() =>
      this.executor.read(
        (tx) =>
          work((statement) => {
            this.count(statement);
            return tx.run(statement);
          }),
        this.options,
      ),
    );
  }

  /** One column of every row. */
  async column<T>(statement: Statement, column: string): Promise<T[]> {
    return (await this.rows(statement)).map((row) => row[column] as T);
  }

  /** Runs a statement whose rows carry a `key` column, and returns `column` grouped by key, in the order of `keys`. */
  async grouped<T>(statement: Statement, keys: readonly string[], column: string): Promise<T[][]> {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of await this.rows(statement)) {
      groups.get(String(row.key))?.push(row[column] as T);
    }
    return keys.map((key) => groups.get(key) ?? []);
  }

  /** Like grouped, for statements with at most one row per key; a key without a row gives null. */
  async single<T>(
    statement: Statement,
    keys: readonly string[],
    column: string,
  ): Promise<(T | null)[]> {
    return (await this.grouped<T>(statement, keys, column)).map((rows) => rows[0] ?? null);
  }

  private count(statement: Statement<unknown>): void {
    if (this.statements >= this.limits.statements) throw this.overLimit(this.limits.statements);
    this.statements += 1;
    this.cypher.push(statement.cypher);
  }

  /** Runs `work` once fewer than `limits.sessions` of this request's sessions are open. */
  private async inSession<T>(work: () => Promise<T>): Promise<T> {
    if (this.sessions >= this.limits.sessions) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.sessions += 1;
    }
    try {
      return await work();
    } finally {
      // Hand the session's place to the next waiting read, or give it back.
      const next = this.waiting.shift();
      if (next) next();
      else this.sessions -= 1;
    }
  }
}
