import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadConfig } from '../src/config.js';
import { ArticleText } from '../src/draft/article-text.js';
import { draftExtraction } from '../src/draft/draft.js';
import { lookupKnownNames } from '../src/draft/known-names.js';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { createExecutor } from '../src/neo4j/driver.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { tempDir } from './helpers/temp-dir.js';

const db = useTestDatabase();
const OTHER_ANGLE = 'test/fixtures/other-angle/2018-07-03-bollore-logistics-alibaba-alliance';

beforeAll(async () => {
  await db.reset();
  // The seed is loaded with a longer transaction timeout than the API's 30 s:
  // on a machine shared by several test runs, a fresh Neo4j's first write can
  // take longer, and what is tested here is drafting, not loading.
  const connection = { ...inject('neo4j'), release: async () => {} };
  const patient = createExecutor(
    connection,
    loadConfig({ NEO4J_TX_TIMEOUT_MS: '600000' }),
    silentLogger,
  );
  try {
    await loadDirectory(patient, 'seeds', silentLogger);
  } finally {
    await patient.close();
  }
});

/** Each npm run starts tsx and Node: several of them take a while on a busy machine. */
const SPAWNING = { timeout: 300_000 };

/** Runs an npm script as a person would, against the test database (or none). */
function npm(args: string[], env: Record<string, string> = {}) {
  const { uri, username, password } = inject('neo4j');
  return spawnSync('npm', ['run', '-s', ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password,
      LOG_FORMAT: 'json',
      ...env,
    },
  });
}

/** A folder holding a copy of the other-angle article's text alone. */
function folderWithText(): { dir: string; text: string; yaml: string } {
  const dir = tempDir('draft-int');
  const text = join(dir, '2018-07-03-bollore-logistics-alibaba-alliance.txt');
  copyFileSync(`${OTHER_ANGLE}.txt`, text);
  return { dir, text, yaml: text.replace(/\.txt$/u, '.yaml') };
}

describe('drafting with the seed in the graph', () => {
  it('resolves "Alibaba Group" to alibaba and "le groupe Bolloré" to bollore', async () => {
    const text = readFileSync(`${OTHER_ANGLE}.txt`, 'utf8');
    const known = await lookupKnownNames(await db.executor(), new ArticleText(text));
    const draft = draftExtraction(text, { known });
    const alibaba = draft.companies?.find((c) =>
      [c.name, ...(c.aliases ?? [])].includes('Alibaba Group'),
    );
    const bollore = draft.companies?.find((c) =>
      [c.name, ...(c.aliases ?? [])].includes('le groupe Bolloré'),
    );
    expect(alibaba?.id).toBe('alibaba');
    expect(bollore?.id).toBe('bollore');
    // The graph's own names win; a subsidiary the graph does not know keeps its slug.
    expect(bollore?.name).toBe('Bolloré');
    expect(draft.companies?.find((c) => c.name === 'Bolloré Logistics')?.id).toBe(
      'bollore-logistics',
    );
    expect(draft.partnerships[0]?.parties.map((p) => p.company)).toContain('alibaba');
  });
});

describe('npm run draft', () => {
  it(
    'writes the draft beside the article, resolved against the graph, and never overwrites it without --force',
    SPAWNING,
    () => {
      const { dir, text, yaml } = folderWithText();
      const first = npm(['draft', '--', text]);
      expect(first.stderr).toMatch(/names resolved against the graph/u);
      expect(first.status).toBe(0);
      const written = readFileSync(yaml, 'utf8');
      const drafted = parse(written) as { companies: { id: string }[] };
      expect(drafted.companies.map((c) => c.id)).toEqual(
        expect.arrayContaining(['alibaba', 'bollore']),
      );

      writeFileSync(yaml, '# edited by a reviewer\n');
      const again = npm(['draft', '--', text]);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain(
        `${yaml} already exists: not overwritten (give --force to replace it)`,
      );
      expect(readFileSync(yaml, 'utf8')).toBe('# edited by a reviewer\n');

      const forced = npm(['draft', '--', text, '--force']);
      expect(forced.status).toBe(0);
      expect(readFileSync(yaml, 'utf8')).toBe(written);
      expect(readdirSync(dir).sort()).toEqual([
        '2018-07-03-bollore-logistics-alibaba-alliance.txt',
        '2018-07-03-bollore-logistics-alibaba-alliance.yaml',
      ]);
    },
  );

  it('drafts from the text alone when no Neo4j answers', SPAWNING, () => {
    const { text, yaml } = folderWithText();
    const run = npm(['draft', '--', text, '--out', `${yaml}.draft`], {
      NEO4J_URI: 'bolt://127.0.0.1:1',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Neo4j not reachable: drafting from the text alone/u);
    const drafted = parse(readFileSync(`${yaml}.draft`, 'utf8')) as { companies: { id: string }[] };
    expect(drafted.companies.map((c) => c.id)).toContain('alibaba');
  });
});

describe('npm run seed -- --check', () => {
  it(
    'reports the review: keys of a draft with file, line:col and path, and writes nothing',
    SPAWNING,
    async () => {
      const before = await db.snapshot();
      const { dir, text, yaml } = folderWithText();
      copyFileSync(
        'test/fixtures/drafting/2025-06-18-halvard-acquires-brightline.txt',
        join(dir, 'h.txt'),
      );
      expect(npm(['draft', '--', join(dir, 'h.txt'), '--no-graph']).status).toBe(0);
      expect(npm(['draft', '--', text, '--no-graph']).status).toBe(0);
      // `statements` joins the extraction format on branch `statements`; until
      // then this branch's checker refuses the key, so it is taken out first.
      const edit = (file: string, drop: string[]) => {
        const kept = JSON.parse(
          JSON.stringify(parse(readFileSync(file, 'utf8')), (k, v) =>
            drop.includes(k) ? undefined : v,
          ),
        );
        writeFileSync(file, stringify(kept));
      };
      for (const file of [yaml, join(dir, 'h.yaml')]) edit(file, ['statements']);

      const run = npm(['seed', '--', '--check', '--dir', dir], { NEO4J_URI: 'bolt://127.0.0.1:1' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/file.? rejected, nothing written/u);
      expect(run.stderr).toMatch(
        /h\.yaml:\d+:\d+ companies\[\d+\]\.review: still under review: "company guessed from a capitalised phrase"/u,
      );
      expect((await db.snapshot()).lines).toEqual(before.lines);

      // A reviewer accepts every item.
      for (const file of [yaml, join(dir, 'h.yaml')]) edit(file, ['review']);
      const ok = npm(['seed', '--', '--check', '--dir', dir], { NEO4J_URI: 'bolt://127.0.0.1:1' });
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.stdout.trim()).toBe(`${dir}: 2 articles checked, all valid (nothing written)`);
      expect((await db.snapshot()).lines).toEqual(before.lines);
    },
  );
});
