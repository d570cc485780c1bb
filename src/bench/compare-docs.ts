import { bulkLoadLine, bulkLoadTable } from './compare-bulk-load.js';
import { BOUNDED_ANSWERS, GROWTH_TARGET, growthTable } from './compare-growth.js';
import {
  type CompareReport,
  markdownTable,
  profileTableOf,
  ratioTable,
  settingLine,
  timingTables,
} from './compare-report.js';
import { targetRows, targetsTable } from './compare-targets.js';

/**
 * docs/benchmarks.md, written by a full `npm run bench` (never by --smoke):
 * the last run's tables, the machine and software, how to run it again, and
 * how each number is taken.
 */

const METHOD = `## How it is measured

One Neo4j, one data set, three servers, each in a child process of its own
(so CPU time and memory are its own), all on loopback:

- **A, raw Cypher** (\`src/bench/compare-raw-server.ts\`): a minimal
  \`node:http\` server with one JSON endpoint per question, running the
  hand-written statement of \`src/bench/compare-cypher.ts\` through
  neo4j-driver in one auto-commit read transaction (one message out, one
  reply), as Accord's API runs a read of one statement. It is the floor.
- **B, Accord** (\`src/bench/compare-accord-server.ts\`): \`createApp\` behind
  \`node:http\`, as \`npm start\` serves it, with its executor and request log.
- All three run with \`NODE_ENV=production\`, as the Docker image runs Accord,
  and from JavaScript tsc compiled for the run (\`src/bench/compare-build.ts\`),
  under plain node as \`npm start\` runs \`dist/\`: not under tsx, whose
  name-keeping wrappers and source maps cost Accord 40-50% more Node CPU
  per request.
- **C, @neo4j/graphql 7** (\`bench/neo4j-graphql/server.ts\`, its own package
  folder and lock file, installed on demand with \`npm ci --prefix
  bench/neo4j-graphql\`): the same graphql-yoga over type definitions
  equivalent to Accord's schema for these questions
  (\`src/bench/compare-typedefs.ts\`). What the library has built in
  (relationships, relationship properties, filters, sorting, connections,
  counts) is used as such; what it has not (full-text search, the
  neighbourhood, paths, grouped counts, contributions) is a \`@cypher\` field
  whose body is A's Cypher, so C measures the library and not another query.

Before anything is timed, the parameters are found in the data
(\`src/bench/compare-discovery.ts\`: the hub and the median company by
partners, the commonest kinds, the largest sector, a common name prefix, a
company whose neighbourhood fits in 100 nodes, two companies 3 hops apart, the
richest partnership), and every server's answer to every question is compared
in a canonical form (\`src/bench/compare-answers.ts\`: sorted sets of names,
pages and rankings in order). A disagreement stops the run with a diff.

Then each server gets a warm-up on each question, and the rounds run: every
question at every concurrency on every server, interleaved (the servers take
turns in a shifting order). A run is autocannon keeping that many requests in
flight for a fixed time. Per run:

- **req/s**: responses / duration; **p50, p99**: from each response's own
  time (autocannon's histogram keeps whole milliseconds). A run in which no
  response came back (a question slower under that load than the run is
  long) has 0 req/s and no latency (n/a): give it a longer \`--duration\`;
- **CPU ms/req**: the server process's \`process.cpuUsage()\` (user + system)
  over the run / the requests it received;
- **Cypher/req**: statements the server sent to Neo4j / requests, counted by a
  driver wrapper in each server (the same count as Accord's request log);
- **peak RSS**: sampled every 25 ms in each server.

**dbHits** are the sum of PROFILE over the statements one request ran on each
server: A's statement, the statements Accord's executor sent, the statements
@neo4j/graphql generated, each captured by the same driver wrapper and
profiled with its parameters.

Tables give the median over rounds and, in brackets, the lowest and highest
round. The machine has 2 cores shared by Neo4j, the three servers (one busy at
a time) and autocannon, so absolute numbers move from run to run; the ratios
are what to read.`;

function reproduce(report: CompareReport): string {
  const o = report.options;
  return `## Run it again

\`\`\`sh
npm run bench                                   # seeds + 300 synthetic articles in a throwaway Neo4j
npm run bench -- --dataset /work/data/gen-S     # a folder of articles, loaded into a throwaway Neo4j
NEO4J_LOCAL_PORT=7700 npm run bench -- --neo4j-dir /work/data/neo4j-M   # a local Neo4j already loaded
NEO4J_LOCAL_PORT=7700 npm run bench -- --neo4j-dir /work/data/neo4j-M --smaller reports/bench-<S run>.json \\
  --load-report reports/bench-load-<M run>.json   # NEO4J_LOCAL_HEAP=8g npm run bench:load -- --dir /work/data/gen-M/articles
npm run bench -- --docs-from docs/benchmarks.json --load-report reports/bench-load-<M run>.json   # this page again, nothing run
npm run bench -- --duration ${o.seconds} --rounds ${o.rounds} --concurrency ${o.concurrency.join(',')} --questions company,paths
npm run bench -- --smoke                        # CI: a small data set, one short round, answers compared
\`\`\`

\`--neo4j-dir\` uses the long-lived local instance under that folder on
\`NEO4J_LOCAL_PORT\` (started if needed, left running, its data untouched);
\`NEO4J_URI\` uses that server. Every run writes \`reports/bench-<date>.json\`
(all runs, profiles with each statement, parameters, the machine); a full run
also rewrites this page and keeps its report beside it, \`docs/benchmarks.json\`. Exit 1 when the servers disagree or a request fails,
2 on a bad argument.`;
}

export function benchmarksMarkdown(report: CompareReport): string {
  const highest = Math.max(...report.options.concurrency);
  const rss = Object.entries(report.peakRssMb)
    .map(([server, mb]) => `${server} ${mb} MB`)
    .join(', ');
  const q = report.params;
  return [
    '# Benchmarks: Accord, @neo4j/graphql 7 and raw Cypher',
    '',
    `Last run ${report.date.slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\`: ${settingLine(report)}.`,
    '',
    `Machine: \`nproc\` ${report.machine.nproc}, ${report.machine.memoryGb} GB of memory, ${report.machine.cpu ?? 'CPU unknown'}, ${report.machine.platform}; Node ${report.machine.node}; Neo4j ${report.neo4j.version} ${report.neo4j.edition}.`,
    '',
    `Parameters found in the data: hub \`${q.hub.id}\` (${q.hub.degree} partnership edges${q.top.id === q.hub.id ? '' : `; the biggest, \`${q.top.id}\` with ${q.top.degree}, has more partners than Accord lists in one answer, 100`}), median company \`${q.median.id}\` (${q.median.degree}), kinds ${q.kinds.join(', ')}, sector \`${q.sector}\`, prefix "${q.prefix}", neighbourhood of \`${q.neighborhood}\`, paths from \`${q.pathFrom}\` to \`${q.pathTo}\`, partnership \`${q.partnership}\`.`,
    '',
    '## Targets',
    '',
    'The performance issue\'s targets at size M, checked against this run (`src/bench/compare-targets.ts`): ratios are medians over rounds of per-round ratios; "measured" gives the worst case, or every miss.',
    '',
    markdownTable(targetsTable(targetRows(report, report.bulkLoad))),
    '',
    '## Accord against the others',
    '',
    'Accord req/s over @neo4j/graphql req/s (above 1: Accord serves more), Accord p50 over raw Cypher p50 at one client (above 1: Accord is slower than the floor), and Accord req/s over raw req/s under the most clients.',
    '',
    markdownTable(ratioTable(report)),
    '',
    ...(report.growth
      ? [
          '## Growth with the graph',
          '',
          `Accord's p50 at one client on this data set, and each server's p50 here over its p50 on a smaller data set (\`--smaller ${report.growth.smaller.report}\`). ${report.growth.smaller.setting} The answers to ${BOUNDED_ANSWERS.join(', ')} do not grow with the graph, so neither should their time: the target is at most ${GROWTH_TARGET}×.`,
          '',
          markdownTable(growthTable(report.growth.rows)),
          '',
        ]
      : []),
    ...(report.bulkLoad
      ? [
          '## Bulk loading',
          '',
          bulkLoadLine(report.bulkLoad),
          '',
          markdownTable(bulkLoadTable(report.bulkLoad)),
          '',
        ]
      : []),
    '## Cypher per request and db hits',
    '',
    'Statements one request sends to Neo4j, and the db hits PROFILE counts for them.',
    '',
    markdownTable(profileTableOf(report)),
    '',
    ...timingTables(report).flatMap(([c, table]) => [
      `## ${c} concurrent client${c === 1 ? '' : 's'}`,
      '',
      markdownTable(table),
      '',
    ]),
    `Peak RSS of each server under ${highest} clients: ${rss}. Failed requests: ${report.failures}.`,
    '',
    '## The questions',
    '',
    ...report.questions.map((question) => `- \`${question.name}\`: ${question.description}`),
    '',
    METHOD,
    '',
    reproduce(report),
    '',
  ].join('\n');
}
