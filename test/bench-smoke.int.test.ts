import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { QUESTION_NAMES } from '../src/bench/compare-questions.js';
import type { CompareReport } from '../src/bench/compare-report.js';
import { SERVERS } from '../src/bench/compare-servers.js';
import { useTestDatabase } from './helpers/neo4j.js';

/**
 * `npm run bench -- --smoke`, as CI runs it, against the test database: it
 * installs @neo4j/graphql in its own folder from the lock file, loads the
 * seeds and a few synthetic articles, checks that raw Cypher, Accord and
 * @neo4j/graphql give the same answer to every question, times each once,
 * and writes its report. No number is asserted, only that it all happened.
 */
const db = useTestDatabase();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runBench(args: string[]): Promise<Run> {
  const neo4j = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bench.ts', ...args], {
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      LOG_FORMAT: 'json',
      // Loading on a busy machine (Neo4j, servers and tests share 2 cores) can outlast the 30 s default.
      NEO4J_TX_TIMEOUT_MS: '300000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run bench -- --smoke', () => {
  let run: Run;
  let report: CompareReport;

  beforeAll(async () => {
    await db.reset();
    run = await runBench(['--smoke']);
    const path = /report: (\S+\.json)/.exec(run.stdout)?.[1];
    if (run.code !== 0 || !path || !existsSync(path))
      throw new Error(`bench exited ${run.code}:\n${run.stdout}\n${run.stderr.slice(-5000)}`);
    report = JSON.parse(readFileSync(path, 'utf8')) as CompareReport;
  }, 240_000);

  it('compares the three servers on every question, and none failed a request', () => {
    expect(report.smoke).toBe(true);
    expect(report.failures).toBe(0);
    expect(report.options.questions).toEqual([...QUESTION_NAMES]);
    for (const question of QUESTION_NAMES) {
      const servers = report.runs.filter((r) => r.question === question).map((r) => r.server);
      expect([...servers].sort(), question).toEqual([...SERVERS].sort());
    }
    expect(report.runs.every((r) => r.requests > 0 && r.requestsPerSecond > 0)).toBe(true);
  });

  it('counts the Cypher each server ran and profiles it', () => {
    expect(report.profiles).toHaveLength(QUESTION_NAMES.length * SERVERS.length);
    for (const profile of report.profiles) {
      expect(profile.statements, `${profile.question} on ${profile.server}`).toBeGreaterThan(0);
      expect(profile.dbHits, `${profile.question} on ${profile.server}`).toBeGreaterThan(0);
    }
    // Raw Cypher is one statement per question by construction.
    expect(report.profiles.filter((p) => p.server === 'raw').every((p) => p.statements === 1)).toBe(
      true,
    );
  });

  it('prints the tables and ratios, and leaves docs/benchmarks.md to full runs', () => {
    expect(run.stdout).toContain('Cypher per request and PROFILE db hits');
    expect(run.stdout).toContain('Accord/@neo4j req/s @2');
    expect(run.stdout).not.toContain('docs: docs/benchmarks.md');
    expect(report.ratios.map((r) => r.question)).toEqual([...QUESTION_NAMES]);
  });

  it('refuses a question it does not know, naming the ones it does', async () => {
    const bad = await runBench(['--questions', 'company,nonsense']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--questions: unknown nonsense');
    expect(bad.stderr).toContain('partners-of-partners-hub');
  });
});
