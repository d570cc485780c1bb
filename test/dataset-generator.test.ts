import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  articlesDir,
  generateDataset,
  type Manifest,
  OutputFolderError,
} from '../src/bench/dataset-generator.js';
import { NameRegistry } from '../src/bench/dataset-names.js';
import { PLACES_BY_ID } from '../src/bench/dataset-places.js';
import { partnerCounts } from '../src/bench/dataset-plan.js';
import { SECTORS } from '../src/bench/dataset-sectors.js';
import { buildUniverse, RESERVED_NAMES } from '../src/bench/dataset-universe.js';
import { foldText } from '../src/graph/text.js';
import { PARTNERSHIP_KIND_NAMES, PERSON_ROLES } from '../src/graph/vocabulary.js';
import type { ArticleSource } from '../src/ingest/graph-builder.js';
import { readArticles } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { tempDir } from './helpers/temp-dir.js';

const root = tempDir('generate');

function generate(name: string, companies: number, seed: number, force = false): Manifest {
  return generateDataset({ companies, seed, out: join(root, name), force, logger: silentLogger });
}

/** Every file of a generated folder with its bytes. */
function files(name: string): Map<string, Buffer> {
  const dir = articlesDir(join(root, name));
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

describe('the same company count and seed', () => {
  it('give the same bytes on every run; another seed gives another dataset', () => {
    generate('a', 300, 7);
    generate('b', 300, 7);
    generate('c', 300, 8);
    const [a, b, c] = [files('a'), files('b'), files('c')];
    expect(a.size).toBeGreaterThan(20);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)?.equals(bytes), name).toBe(true);
    expect(readFileSync(join(root, 'b', 'manifest.json'), 'utf8')).toBe(
      readFileSync(join(root, 'a', 'manifest.json'), 'utf8'),
    );
    const same = [...a].filter(([name, bytes]) => c.get(name)?.equals(bytes));
    expect(same).toEqual([]);
  }, 60_000);
});

describe('a dataset of 2,000 companies', () => {
  let manifest: Manifest;
  let sources: ArticleSource[];
  beforeAll(() => {
    manifest = generate('m', 2000, 1);
    sources = readArticles(articlesDir(join(root, 'm')));
  }, 120_000);

  it('passes every check of the loader, and names every company of the manifest', () => {
    expect(sources).toHaveLength(manifest.articles.total);
    const companies = new Set(sources.flatMap((s) => s.extraction.companies.map((c) => c.id)));
    expect(companies.size).toBe(manifest.companies);
    const partnerships = new Set(
      sources.flatMap((s) => s.extraction.partnerships.map((p) => p.id)),
    );
    expect(partnerships.size).toBe(manifest.partnerships);
  });

  it('has a few hubs with many partners and a long tail with few', () => {
    const { max, median, p90 } = manifest.partners;
    expect(max).toBeGreaterThanOrEqual(50);
    expect(max).toBeGreaterThan(10 * Math.max(1, median, p90));
    // The second and third hubs are far above the tail too: hubs, not one outlier.
    expect(manifest.partners.top[2]?.partners ?? 0).toBeGreaterThan(5 * Math.max(1, p90));
  });

  it('counts the partners the articles state, as the loader links them', () => {
    const deals = new Map<string, { kind: string; parties: { company: string; role: string }[] }>();
    for (const s of sources) for (const p of s.extraction.partnerships) deals.set(p.id, p);
    const ids = [...new Set([...deals.values()].flatMap((d) => d.parties.map((p) => p.company)))];
    const index = new Map(ids.map((id, i) => [id, i]));
    const counts = partnerCounts(
      [...deals.values()].map((d) => ({
        kind: d.kind as (typeof PARTNERSHIP_KIND_NAMES)[number],
        parties: d.parties.map((p) => index.get(p.company) ?? -1),
        roles: d.parties.map((p) => p.role as 'SIGNATORY'),
      })),
      ids.length,
    );
    const top = manifest.partners.top[0];
    expect(top && counts[index.get(top.id) ?? -1]).toBe(top?.partners);
    expect(Math.max(...counts)).toBe(manifest.partners.max);
  });

  it('shares entities across articles by one id and one name', () => {
    const names = new Map<string, Set<string>>();
    const articles = new Map<string, number>();
    for (const s of sources) {
      for (const e of [...s.extraction.companies, ...s.extraction.people]) {
        names.set(e.id, (names.get(e.id) ?? new Set()).add(e.name));
        articles.set(e.id, (articles.get(e.id) ?? 0) + 1);
      }
    }
    expect([...names.values()].every((n) => n.size === 1)).toBe(true);
    const allNames = [...names.values()].map((n) => [...n][0]?.toLowerCase());
    expect(new Set(allNames).size).toBe(allNames.length);
    const top = manifest.partners.top[0]?.id ?? '';
    expect(articles.get(top)).toBeGreaterThanOrEqual(10);
    expect([...articles.values()].filter((n) => n > 1).length).toBeGreaterThan(200);
  });

  it('covers every kind of partnership and role, in French and English', () => {
    expect(Object.keys(manifest.partnershipsByKind).sort()).toEqual(
      [...PARTNERSHIP_KIND_NAMES].sort(),
    );
    const roles = new Set(
      sources.flatMap((s) => s.extraction.people.flatMap((p) => p.roles)).map((r) => r.type),
    );
    expect([...roles].sort()).toEqual([...PERSON_ROLES].sort());
    const x = sources.map((s) => s.extraction);
    expect(new Set(x.map((e) => e.article.language))).toEqual(new Set(['fr', 'en']));
    expect(x.some((e) => e.companies.some((c) => c.parent))).toBe(true);
    expect(x.some((e) => e.partnerships.some((p) => p.amount?.disclosed === false))).toBe(true);
    expect(x.some((e) => e.partnerships.some((p) => p.amount?.disclosed === true))).toBe(true);
    expect(x.some((e) => e.partnerships.some((p) => p.projects.length > 0))).toBe(true);
    expect(
      x.some((e) => e.partnerships.some((p) => p.domains.some((d) => d.focus === 'OPPORTUNITY'))),
    ).toBe(true);
    expect(manifest.sectors).toBeGreaterThanOrEqual(30);
  });

  it('writes articles the parser reads: titles, bylines with authors, intertitles', () => {
    for (const s of sources.slice(0, 50)) {
      expect(s.parsed.author).toBeTruthy();
      expect(s.parsed.sections.filter((x) => x.heading).length).toBeGreaterThan(0);
      expect(s.parsed.title.length).toBeGreaterThan(10);
    }
  });
});

describe('generated names', () => {
  it('never name a company or person like a place or sector, whose ids share a file', () => {
    const registry = new NameRegistry(RESERVED_NAMES);
    for (const name of ['Paris', 'PARIS', 'Big Data', 'Genève', 'geneve', 'Alibaba'])
      expect(registry.claim(name), name).toBe(false);
    expect(registry.claim('Novexa')).toBe(true);
    expect(registry.claim('NOVEXA')).toBe(false);
    // Places and sectors: each name names one entity, as the loader requires.
    for (const entities of [[...PLACES_BY_ID.values()], SECTORS]) {
      const owners = new Map<string, string>();
      for (const e of entities)
        for (const name of [e.en, e.fr]) {
          expect(owners.get(foldText(name)) ?? e.id, name).toBe(e.id);
          owners.set(foldText(name), e.id);
        }
    }
    const reserved = new Set([...PLACES_BY_ID.keys(), ...SECTORS.map((s) => s.id)]);
    const universe = buildUniverse(20_000, 1);
    const clashes = [...universe.companies, ...universe.people].filter((e) => reserved.has(e.id));
    expect(clashes).toEqual([]);
  }, 60_000);
});

describe('the output folder', () => {
  it('is refused when it holds files, and replaced with --force', () => {
    const out = join(root, 'full');
    generate('full', 50, 1);
    writeFileSync(join(out, 'notes.md'), 'keep me');
    expect(() => generate('full', 50, 2)).toThrow(OutputFolderError);
    expect(() => generate('full', 50, 2)).toThrow(/--out .*full is not empty.*--force/);
    const before = files('full');
    generate('full', 60, 2, true);
    const after = files('full');
    expect([...after.keys()]).not.toEqual([...before.keys()]);
    expect(readArticles(articlesDir(out))).toHaveLength(after.size / 2);
    expect(readFileSync(join(out, 'notes.md'), 'utf8')).toBe('keep me');
  }, 30_000);
});

describe('npm run generate', () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'src/cli/generate.ts', ...args], { encoding: 'utf8' });

  it('exits 2 naming the bad argument and its value, with the usage', () => {
    const bad = run('--companies', 'lots', '--seed', '1', '--out', join(root, 'cli'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--companies must be an integer from 10 to 2000000, got "lots"');
    expect(bad.stderr).toContain('usage: npm run generate');
    const missing = run('--companies', '100', '--seed', '1');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--out is required');
  }, 30_000);
});
