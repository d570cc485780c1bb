import type { Executor, Row, Statement, TxOptions } from './executor.js';

/**
 * Reads for one GraphQL request: every statement runs in its own read
 * transaction through the executor, tagged with the request's operation, and
 * is counted, so a request's log line says how many Cypher calls it made.
 */
export class GraphReader {
  /** Statements run so far. */
  statements = 0;
  private options: TxOptions = {};

  constructor(private readonly executor: Pick<Executor, 'query' | 'read'>) {}

  /** Names the GraphQL operation the statements serve, as transaction metadata (`SHOW TRANSACTIONS`). */
  serve(operation: string | null): void {
    this.options = { metadata: { operation: operation ?? 'anonymous' } };
  }

  rows<R = Row>(statement: Statement<R>): Promise<R[]> {
    this.statements += 1;
    return this.executor.query(statement, 'READ', this.options);
  }

  /** Runs several statements in one read transaction, so they see one state of the graph. */
  transaction<T>(
    work: (run: <R = Row>(statement: Statement<R>) => Promise<R[]>) => Promise<T>,
  ): Promise<T> {
    return this.executor.read(
      (tx) =>
        work((statement) => {
          this.statements += 1;
          return tx.run(statement);
        }),
      this.options,
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
}
