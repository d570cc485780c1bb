import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { copyOf, edit, SEED_STEM } from './helpers/seed-copies.js';

const db = useTestDatabase();
const YAML_FILE = `${SEED_STEM}.yaml`;

beforeAll(async () => {
  // A database that already holds the seed graph: a rejected load must leave it exactly so.
  await loadDirectory(await db.reset(), 'seeds', silentLogger);
});

/** Each bad file, how it is made from a copy of the seeds, and what the error must say. */
const cases: { name: string; corrupt: (dir: string) => void; message: RegExp }[] = [
  {
    name: 'an unknown entity reference',
    corrupt: (dir) => edit(dir, YAML_FILE, 'place: puteaux', 'place: pariss'),
    message:
      /\.yaml:\d+:\d+ companies\[0\]\.headquarters\.place: unknown place "pariss": declare it under places/,
  },
  {
    name: 'a reference to an entity of the wrong kind',
    corrupt: (dir) =>
      edit(
        dir,
        YAML_FILE,
        'lead: bollore\n        sectors: [car-sharing]',
        'lead: china\n        sectors: [car-sharing]',
      ),
    message: /partnerships\[0\]\.projects\[0\]\.lead: "china" is a place, expected a company/,
  },
  {
    name: 'a quote the article does not contain',
    corrupt: (dir) =>
      edit(
        dir,
        YAML_FILE,
        'evidence: Pour le groupe français, fondé en 1861',
        'evidence: Pour le groupe français, fondé en 1862',
      ),
    message:
      /\.yaml:\d+:\d+ companies\[0\]\.founded\.evidence: quote not found in .*\.txt: "Pour le groupe français, fondé en 1862"/,
  },
  {
    name: 'an impossible date',
    corrupt: (dir) => edit(dir, YAML_FILE, 'date: 2018-07-02', 'date: 2018-02-30'),
    message: /partnerships\[0\]\.signedOn\.date: is not a real calendar date \(got "2018-02-30"\)/,
  },
  {
    name: 'an unknown partnership type',
    corrupt: (dir) => edit(dir, YAML_FILE, 'kind: MEMORANDUM_OF_UNDERSTANDING', 'kind: HANDSHAKE'),
    message:
      /partnerships\[0\]\.kind: Invalid option: expected one of .*"MEMORANDUM_OF_UNDERSTANDING".* \(got "HANDSHAKE"\)/,
  },
  {
    name: 'a missing required field',
    corrupt: (dir) =>
      edit(dir, YAML_FILE, '    kind: CITY\n    name: Puteaux\n', '    kind: CITY\n'),
    message: /places\[2\]\.name: required/,
  },
  {
    name: 'malformed YAML',
    corrupt: (dir) =>
      edit(dir, YAML_FILE, 'aliases: [le groupe Bolloré]', 'aliases: [le groupe Bolloré'),
    message: /\.yaml:\d+:\d+: malformed YAML: /,
  },
  {
    name: 'malformed JSON',
    corrupt: (dir) => {
      const data = parse(readFileSync(join(dir, YAML_FILE), 'utf8'));
      rmSync(join(dir, YAML_FILE));
      writeFileSync(
        join(dir, `${SEED_STEM}.json`),
        JSON.stringify(data, null, 2).replace('"language": "fr"', '"language": "fr",,'),
      );
    },
    message: /\.json:\d+:\d+: malformed JSON: /,
  },
  {
    name: 'an impossible date in the byline of the article',
    corrupt: (dir) => edit(dir, `${SEED_STEM}.txt`, 'Publié le 02-07-2018', 'Publié le 31-06-2018'),
    message: /\.txt:7: impossible date "31-06-2018"/,
  },
  {
    name: 'an article without its extraction file',
    corrupt: (dir) => rmSync(join(dir, YAML_FILE)),
    message: /\.txt: no extraction file .*\.yaml beside it/,
  },
];

describe('a bad file', () => {
  it.each(cases)(
    '$name is refused with its place named, and nothing is written',
    async ({ corrupt, message }) => {
      const before = await db.snapshot();
      const dir = copyOf('seeds');
      corrupt(dir);
      await expect(loadDirectory(await db.executor(), dir, silentLogger)).rejects.toThrow(message);
      expect((await db.snapshot()).lines).toEqual(before.lines);
      rmSync(dir, { recursive: true });
    },
  );

  it('reports every problem of a file at once', async () => {
    const dir = copyOf('seeds');
    edit(dir, YAML_FILE, 'kind: MEMORANDUM_OF_UNDERSTANDING', 'kind: HANDSHAKE');
    edit(dir, YAML_FILE, 'rank: 1', 'rank: first');
    await expect(loadDirectory(await db.executor(), dir, silentLogger)).rejects.toThrow(
      /2 problems\n.*companies\[1\]\.rankings\[0\]\.rank: .*expected number.*\(got "first"\)\n.*partnerships\[0\]\.kind: .*\(got "HANDSHAKE"\)/,
    );
    rmSync(dir, { recursive: true });
  });
});

describe('npm run seed on a corrupted copy', () => {
  it('exits non-zero, names the file, the path and the value, and writes nothing', async () => {
    const before = await db.snapshot();
    const dir = copyOf('seeds');
    edit(dir, YAML_FILE, 'kind: MEMORANDUM_OF_UNDERSTANDING', 'kind: HANDSHAKE');
    const { uri, username, password } = inject('neo4j');
    const run = spawnSync('npm', ['run', '-s', 'seed', '--', '--dir', dir], {
      encoding: 'utf8',
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        LOG_FORMAT: 'json',
      },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/1 file rejected, nothing written/);
    expect(run.stderr).toMatch(
      new RegExp(`${YAML_FILE}:\\d+:\\d+ partnerships\\[0\\]\\.kind: .*\\(got "HANDSHAKE"\\)`),
    );
    expect((await db.snapshot()).lines).toEqual(before.lines);
  });
});
