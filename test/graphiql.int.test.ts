import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { createApp } from '../src/yoga.js';
import { launchChromium } from './helpers/chromium.js';
import { useTestDatabase } from './helpers/neo4j.js';

/**
 * GraphiQL as an analyst behind a proxy sees it: a real browser, a real
 * server over the seeded graph, and no network but the server's own origin.
 */
const db = useTestDatabase();
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const executor = await db.reset();
  await loadDirectory(executor, 'seeds', silentLogger);
  server = createServer(createApp({ executor, logger: silentLogger }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
});

describe('GraphiQL', () => {
  it('loads from the server alone and runs its default query', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    // Anything not from Accord's origin (a CDN, web fonts) is refused and recorded.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) {
        return route.continue();
      }
      elsewhere.push(url);
      return route.abort();
    });
    await page.goto(`${origin}/graphql`, { waitUntil: 'load' });
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 30_000 });
    await run.click();
    const result = page.locator('.graphiql-response');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain('Alibaba');
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});
