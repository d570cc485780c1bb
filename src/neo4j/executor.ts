import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { mapNeo4jError } from './errors.js';
import { fromNeo4jValue, toNeo4jValue } from './values.js';

/** A Cypher statement and its parameters. Cypher text never contains input values. */
export interface Statement {
  cypher: string;
  params?: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

/** One transaction's way to run statements; rows come back as plain JavaScript values. */
export interface Tx {
  run(statement: Statement): Promise<Row[]>;
}

export interface ExecutorOptions {
  database: string | undefined;
  /** Every transaction is given this timeout. */
  txTimeoutMs: number;
  /** For error messages. */
  uri: string;
}

/**
 * The one way Accord runs Cypher: opens a session, runs the work in a read or
 * write transaction with a timeout, closes the session, converts values and
 * translates errors.
 */
export class Executor {
  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /** Runs one statement in its own transaction. */
  async query(statement: Statement, mode: 'READ' | 'WRITE' = 'READ'): Promise<Row[]> {
    return this.transaction(mode, (tx) => tx.run(statement));
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: this.options.txTimeoutMs };
    const body = (mtx: ManagedTransaction) => work(this.wrap(mtx));
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

  private wrap(mtx: ManagedTransaction): Tx {
    return {
      run: async ({ cypher, params = {} }) => {
        const result = await mtx.run(cypher, toNeo4jValue(params) as Record<string, unknown>);
        return result.records.map((record) => fromNeo4jValue(record.toObject()) as Row);
      },
    };
  }

  /** Resolves when the server answers (no retries: a readiness check wants the answer now). */
  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      throw mapNeo4jError(error, this.options.uri);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
