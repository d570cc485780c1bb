import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLORER_CSP, explorerOperations } from '../src/http/explorer-files.js';
import { SELF_ONLY_CSP } from '../src/http/graphiql-page.js';
import { silentLogger } from '../src/logger.js';
import { Executor } from '../src/neo4j/executor.js';
import { createApp } from '../src/yoga.js';
import { tempDir } from './helpers/temp-dir.js';

/**
 * How Accord serves the explorer's files and its home page: a bundle laid out
 * as `vite build` lays it out, in a folder of its own. No database is needed.
 */
const executor = Object.create(Executor.prototype) as Executor;
executor.ping = async () => {};

// The bundle sits one folder below the secret that climbing paths aim at.
const parent = tempDir('explorer-files');
const dir = join(parent, 'bundle');
mkdirSync(join(dir, 'assets'), { recursive: true });
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><script type="module" src="/explore/assets/index-abc.js"></script>',
);
writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log("explorer")');
writeFileSync(join(parent, 'secret.txt'), 'not for the web');

const app = createApp({ executor, logger: silentLogger, explorerDir: dir });
const get = (path: string, init: RequestInit = {}) => app.fetch(`http://accord.test${path}`, init);

describe('the explorer, served', () => {
  it('answers /explore and any page under it with the page, under its own strict CSP', async () => {
    for (const path of [
      '/explore',
      '/explore/',
      '/explore/dashboard',
      '/explore/?entity=Company:bollore',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('/explore/assets/index-abc.js');
    }
    expect(EXPLORER_CSP).toContain("script-src 'self'");
    expect(EXPLORER_CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('serves hashed assets for a year, with nosniff', async () => {
    const response = await get('/explore/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log("explorer")');
  });

  it('answers 404 for a missing asset or a path that climbs out of the bundle', async () => {
    for (const path of [
      '/explore/assets/missing.js',
      '/explore/assets/..%2f..%2fsecret.txt',
      '/explore/assets/../../secret.txt',
      '/explore/assets/%2e%2e/secret.txt',
    ]) {
      const response = await get(path);
      const body = await response.text();
      expect(body, path).not.toContain('not for the web');
      // The URL parser folds %2e%2e into a page under /explore: the page, then.
      if (response.status === 200) expect(body, path).toContain('/explore/assets/index-abc.js');
      else expect(response.status, path).toBe(404);
    }
    expect((await get('/explore/assets/missing.js')).status).toBe(404);
  });

  it('refuses anything but GET and HEAD with 405', async () => {
    const response = await get('/explore/', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('says what to run when the bundle is not built', async () => {
    const unbuilt = createApp({ executor, logger: silentLogger, explorerDir: join(dir, 'none') });
    const response = await unbuilt.fetch('http://accord.test/explore/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});

describe('the home page', () => {
  it('links to the explorer, the dashboard and GraphiQL, under the self-only CSP', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(SELF_ONLY_CSP);
    const html = await response.text();
    for (const href of ['/explore/', '/explore/dashboard', '/graphql']) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it('leaves GraphiQL out when it is off', async () => {
    const closed = createApp({
      executor,
      logger: silentLogger,
      explorerDir: dir,
      http: { graphiql: false },
    });
    expect(await (await closed.fetch('http://accord.test/')).text()).not.toContain(
      'href="/graphql"',
    );
  });
});

describe("the explorer's trusted documents", () => {
  it('are the operations codegen lists, each named, shipped beside the bundle', () => {
    const listed = JSON.parse(
      readFileSync('explorer/src/gql/persisted-documents.json', 'utf8'),
    ) as Record<string, string>;
    expect(Object.keys(listed).length).toBeGreaterThan(5);
    for (const [id, document] of Object.entries(listed)) {
      expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(document).toMatch(/^(query|fragment) [A-Z]\w+/);
    }
    const shipped = join(dir, 'persisted-operations.json');
    writeFileSync(shipped, JSON.stringify(listed));
    expect(explorerOperations(dir)).toEqual(listed);
  });

  it('are none when the bundle is not built, and a bad list is named', () => {
    expect(explorerOperations(tempDir('unbuilt'))).toEqual({});
    const bad = tempDir('bad-list');
    writeFileSync(join(bad, 'persisted-operations.json'), '{"x": "query {"}');
    expect(() => explorerOperations(bad)).toThrow(
      `${join(bad, 'persisted-operations.json')} operation "x" does not parse`,
    );
  });

  it('leave a server without a list running the query the page sends beside its id', async () => {
    const response = await app.fetch('http://accord.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${'0'.repeat(64)}` } },
      }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
