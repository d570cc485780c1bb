import { isDeepStrictEqual } from 'node:util';
import type { Logger } from '../logger.js';
import type { Executor } from '../neo4j/executor.js';
import { canonicalAnswer, type Form } from './compare-answers.js';
import type { Usage } from './compare-child.js';
import { type LoadResult, load } from './compare-load.js';
import type { Question } from './compare-questions.js';
import { ask, requestOf, type ServerName, type ServerProcess } from './compare-servers.js';

/**
 * The steps of `npm run bench` once the servers listen: compare their
 * answers, PROFILE the Cypher each runs per question, warm them up, then
 * time every question on every server at every concurrency, interleaved,
 * round after round.
 */

const FORM: Record<ServerName, Form> = {
  raw: 'raw',
  accord: 'accord',
  'neo4j-graphql': 'library',
};

/** The servers gave different answers to a question: the message holds the diff. */
export class DisagreementError extends Error {
  override name = 'DisagreementError';
}

/** Lines of `b`'s JSON that `a`'s lacks (-) and the reverse (+): enough to see what differs. */
function diff(a: unknown, b: unknown): string {
  const lines = (v: unknown) => JSON.stringify(v, null, 1).split('\n');
  const [left, right] = [lines(a), lines(b)];
  const only = (xs: string[], ys: string[]) => xs.filter((x) => !ys.includes(x));
  return [
    ...only(left, right).map((l) => `    - ${l.trim()}`),
    ...only(right, left).map((l) => `    + ${l.trim()}`),
  ]
    .slice(0, 60)
    .join('\n');
}

/**
 * Asks every question of every server and compares the canonical answers
 * with A's; throws a DisagreementError listing each difference. Returns A's
 * canonical answers.
 */
export async function checkAnswers(
  servers: ServerProcess[],
  questions: Question[],
  logger: Logger,
): Promise<Record<string, unknown>> {
  const problems: string[] = [];
  const reference: Record<string, unknown> = {};
  for (const question of questions) {
    const answers = new Map<ServerName, unknown>();
    for (const server of servers) {
      answers.set(
        server.name,
        canonicalAnswer(question.name, FORM[server.name], await ask(server, question)),
      );
    }
    const [first, ...others] = servers;
    if (!first) continue;
    const expected = answers.get(first.name);
    reference[question.name] = expected;
    for (const other of others) {
      const got = answers.get(other.name);
      if (!isDeepStrictEqual(expected, got))
        problems.push(
          `${question.name}: ${other.name} differs from ${first.name} (- ${first.name}, + ${other.name}):\n${diff(expected, got)}`,
        );
    }
    logger.info('bench answers compared', { question: question.name, servers: servers.length });
  }
  if (problems.length > 0)
    throw new DisagreementError(`the servers disagree:\n${problems.join('\n')}`);
  return reference;
}

/** Cypher per request of one question on one server, and what PROFILE says it cost. */
export interface QuestionProfile {
  question: string;
  server: ServerName;
  statements: number;
  dbHits: number;
  /** Each statement's text and db hits, for reading the plans again. */
  detail: { cypher: string; dbHits: number; rows: number }[];
}

/** Sends each question once to each server with capture on, then PROFILEs what it ran. */
export async function profileQuestions(
  servers: ServerProcess[],
  questions: Question[],
): Promise<QuestionProfile[]> {
  const out: QuestionProfile[] = [];
  for (const question of questions) {
    for (const server of servers) {
      await server.capture();
      await ask(server, question);
      const detail = await server.profile();
      out.push({
        question: question.name,
        server: server.name,
        statements: detail.length,
        dbHits: detail.reduce((n, s) => n + s.dbHits, 0),
        detail,
      });
    }
  }
  return out;
}

/** One timed run: a question, a server, a concurrency, a round. */
export interface TimedRun extends LoadResult {
  round: number;
  question: string;
  server: ServerName;
  /** The server's CPU time (user + system) per request, in ms. */
  cpuMsPerRequest: number;
  /** Cypher statements the server sent per request it received. */
  statementsPerRequest: number;
  /** Requests the server itself counted as failed (status, GraphQL errors). */
  serverErrors: number;
  /** The server's highest RSS during the run. */
  peakRssMb: number;
}

export interface TimingOptions {
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  concurrency: number[];
}

/** Runs the load and reads the server's counters around it. */
async function timedRun(
  server: ServerProcess,
  question: Question,
  connections: number,
  seconds: number,
): Promise<Omit<TimedRun, 'round'>> {
  await server.resetPeak();
  const before = await server.usage();
  const result = await load(requestOf(server, question), connections, seconds);
  const after = await server.usage();
  const delta = (key: keyof Usage) => after[key] - before[key];
  const requests = Math.max(1, delta('requests'));
  return {
    ...result,
    question: question.name,
    server: server.name,
    cpuMsPerRequest: Number(
      ((delta('cpuUserUs') + delta('cpuSystemUs')) / 1000 / requests).toFixed(3),
    ),
    statementsPerRequest: Number((delta('statements') / requests).toFixed(2)),
    serverErrors: delta('errors'),
    peakRssMb: after.peakRssMb,
  };
}

/** Warms every server up on every question (JIT, driver pools, Neo4j's plan cache and page cache). */
export async function warmUp(
  servers: ServerProcess[],
  questions: Question[],
  options: TimingOptions,
  logger: Logger,
): Promise<void> {
  if (options.warmupSeconds <= 0) return;
  const connections = Math.min(8, Math.max(...options.concurrency));
  for (const question of questions) {
    for (const server of servers) {
      await load(requestOf(server, question), connections, options.warmupSeconds);
    }
    logger.info('bench warmed up', { question: question.name });
  }
}

/** Statements running on Neo4j, this check's own aside. */
const RUNNING_STATEMENTS = {
  cypher: `SHOW TRANSACTIONS YIELD currentQuery
WHERE currentQuery <> '' AND NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
RETURN count(*) AS running`,
  decode: (record: Record<string, unknown>) => ({ running: Number(record.running) }),
};

/**
 * Resolves once Neo4j runs no statement but this check (or after timeoutMs,
 * saying so). A timed run ends when its clock does, not when the server's
 * statements do: a dashboard at 8 clients leaves seconds of aggregates
 * running, which the next run (a company at one client) would be timed
 * against. Each run starts on an idle database instead.
 */
export async function untilNeo4jIdle(
  executor: Pick<Executor, 'query'>,
  logger: Logger,
  timeoutMs = 60_000,
): Promise<void> {
  const started = performance.now();
  for (;;) {
    const [row] = await executor.query(RUNNING_STATEMENTS);
    if (!row || row.running === 0) return;
    if (performance.now() - started > timeoutMs) {
      logger.warn('bench: Neo4j still busy, timing anyway', { running: row.running, timeoutMs });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Every round times every question at every concurrency on every server; the
 * servers take turns in an order that shifts from one question and round to
 * the next, so none is always first after a switch. Each run waits for
 * `settle` first (untilNeo4jIdle).
 */
export async function timeRounds(
  servers: ServerProcess[],
  questions: Question[],
  options: TimingOptions,
  logger: Logger,
  settle: () => Promise<void> = async () => {},
): Promise<TimedRun[]> {
  const runs: TimedRun[] = [];
  const total = options.rounds * options.concurrency.length * questions.length * servers.length;
  for (let round = 1; round <= options.rounds; round++) {
    for (const connections of options.concurrency) {
      for (const [q, question] of questions.entries()) {
        for (let s = 0; s < servers.length; s++) {
          const server = servers[(s + q + round) % servers.length] as ServerProcess;
          await settle();
          const run = {
            round,
            ...(await timedRun(server, question, connections, options.seconds)),
          };
          runs.push(run);
          logger.info('bench run', {
            progress: `${runs.length}/${total}`,
            round,
            connections,
            question: question.name,
            server: server.name,
            rps: run.requestsPerSecond,
            p50Ms: run.p50Ms,
            p99Ms: run.p99Ms,
            cpuMsPerRequest: run.cpuMsPerRequest,
            statementsPerRequest: run.statementsPerRequest,
            failures: run.failures + run.serverErrors,
          });
        }
      }
    }
  }
  return runs;
}
