import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_CSP } from '../src/http/explorer-files.js';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { createApp } from '../src/yoga.js';
import { launchChromium, SOFTWARE_WEBGL } from './helpers/chromium.js';
import { buildExplorer, pixelsOfColour, saveScreenshot } from './helpers/explorer.js';
import { useTestDatabase } from './helpers/neo4j.js';

/**
 * The explorer and dashboard as an analyst uses them: the bundle built as
 * `npm run build` builds it, served by Accord over the seeded graph, in
 * headless Chromium (WebGL in software), with nothing loaded from elsewhere,
 * by a server that runs trusted documents only (PERSISTED_ONLY=true).
 */
const db = useTestDatabase();
let server: Server;
let origin: string;
let browser: Browser;

/** The colour companies are drawn in (explorer/src/vocabulary.ts). */
const COMPANY_COLOUR = '#1f5fbf';

beforeAll(async () => {
  const executor = await db.reset();
  await loadDirectory(executor, 'seeds', silentLogger);
  const explorerDir = await buildExplorer();
  // Served as a locked-down site runs it: only trusted documents (one of the
  // site's own, plus the explorer's, which its bundle ships), so every step
  // below also proves each operation the page sends is on that list.
  server = createServer(
    createApp({
      executor,
      logger: silentLogger,
      explorerDir,
      http: { persistedOperations: { 'site-own': '{ __typename }' }, persistedOnly: true },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium(SOFTWARE_WEBGL);
});

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
});

/** A page that may reach Accord's origin only, recording what else it tried and any CSP violation. */
async function openPage(): Promise<{ page: Page; elsewhere: string[]; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const elsewhere: string[] = [];
  const problems: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    elsewhere.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, elsewhere, problems };
}

describe('the server the explorer runs on', () => {
  it("runs only trusted documents: the explorer's ship with its bundle, any other query is refused", async () => {
    const ask = (body: unknown) =>
      fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const refused = await ask({ query: '{ company(id: "bollore") { name } }' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    const own = await ask({
      extensions: { persistedQuery: { version: 1, sha256Hash: 'site-own' } },
    });
    expect(own.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the explorer', () => {
  it('finds Bolloré, draws its network, and shows the quote behind its memorandum with Alibaba', async () => {
    const { page, elsewhere, problems } = await openPage();
    const response = await page.goto(`${origin}/explore`, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBe(EXPLORER_CSP);

    // The search is a combobox: typed without accents, picked with the keyboard.
    const search = page.getByRole('combobox', { name: /find a company/i });
    await search.pressSequentially('bollore', { delay: 30 });
    const option = page.getByRole('option', { name: /Bolloré/ }).first();
    await option.waitFor({ state: 'visible', timeout: 15_000 });
    const optionId = await option.getAttribute('id');
    expect(await search.getAttribute('aria-activedescendant')).toBe(optionId);
    await search.press('Enter');

    // The URL holds the view.
    await expect.poll(() => new URL(page.url()).searchParams.get('entity')).toBe('Company:bollore');

    // The table beside the canvas lists the link to Alibaba by the memorandum.
    const mou = page.locator('tr[data-edge-id]', {
      has: page.locator('button[data-relationship="SIGNED_MOU_WITH"]'),
    });
    await mou.first().waitFor({ timeout: 15_000 });
    const row = (await mou.first().textContent()) ?? '';
    expect(row).toContain('Bolloré');
    expect(row).toContain('memorandum of understanding');
    expect(row).toMatch(/Alibaba/);

    // The canvas drew company nodes.
    await expect
      .poll(() => pixelsOfColour(page, '.graph-canvas', COMPANY_COLOUR), { timeout: 15_000 })
      .toBeGreaterThan(100);

    // A click on the link opens the panel with its quote, highlighted in its sentence.
    await mou.first().locator('button[data-relationship="SIGNED_MOU_WITH"]').click();
    const panel = page.locator('aside.side-panel');
    const quote = panel.locator('mark', { hasText: "protocole d'accord" }).first();
    await quote.waitFor({ timeout: 15_000 });
    const source = panel.locator('.evidence .source').first();
    expect(await source.textContent()).toContain('2018-07-02');
    expect(new URL(page.url()).searchParams.get('edge')).toMatch(/^SIGNED_MOU_WITH:/);
    await saveScreenshot(page, 'explorer');

    // The article view: the text with the same quote highlighted, linked back to the link.
    await source.locator('a').first().click();
    const articleQuote = page
      .locator('.article-text mark', { hasText: "protocole d'accord" })
      .first();
    await articleQuote.waitFor({ timeout: 15_000 });
    expect(await articleQuote.getAttribute('data-claim')).toMatch(/^SIGNED_MOU_WITH:/);
    await saveScreenshot(page, 'article');
    await articleQuote.locator('a').click();
    await panel
      .locator('mark', { hasText: "protocole d'accord" })
      .first()
      .waitFor({ timeout: 15_000 });

    // The same URL, opened afresh, shows the same view.
    const shared = page.url();
    const { page: other } = await openPage();
    await other.goto(shared, { waitUntil: 'load' });
    await other
      .locator('aside.side-panel mark', { hasText: "protocole d'accord" })
      .first()
      .waitFor({ timeout: 15_000 });
    await other.close();

    // The panel takes the focus when it opens, and Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count(), { timeout: 15_000 }).toBe(0);
    expect(new URL(page.url()).searchParams.get('edge')).toBeNull();

    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("the explorer's filters, expansion and path finder", () => {
  it('keeps each in the URL and redraws the network from it', async () => {
    const { page, elsewhere, problems } = await openPage();
    const links = page.locator('tr[data-edge-id]');
    const relationships = () =>
      links.evaluateAll((rows) =>
        rows.map((row) =>
          row.querySelector('[data-relationship]')?.getAttribute('data-relationship'),
        ),
      );
    await page.goto(`${origin}/explore/?entity=Company:bollore`, { waitUntil: 'load' });
    await links.first().waitFor({ timeout: 15_000 });
    expect(new Set(await relationships()).size).toBeGreaterThan(3);

    // Only memoranda: the URL says so, and the API is asked for those only.
    await page.getByRole('checkbox', { name: 'memorandum of understanding' }).check();
    await expect.poll(relationships, { timeout: 15_000 }).toEqual(['SIGNED_MOU_WITH']);
    expect(new URL(page.url()).searchParams.getAll('rel')).toEqual(['SIGNED_MOU_WITH']);

    // Signed after 2019: the 2018 memorandum goes.
    await page.getByLabel('From').fill('2019-01-01');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBe(0);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2019-01-01');
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(3);

    // Partnerships covering industry: the memorandum (cloud, logistics, …) goes; logistics: it stays.
    const industry = page.getByRole('checkbox', { name: 'industry', exact: true });
    await industry.check();
    await expect.poll(relationships, { timeout: 15_000 }).not.toContain('SIGNED_MOU_WITH');
    expect(new URL(page.url()).searchParams.getAll('sector')).toEqual(['Sector:industry']);
    await industry.uncheck();
    await page.getByRole('checkbox', { name: 'logistics', exact: true }).check();
    await expect.poll(relationships, { timeout: 15_000 }).toContain('SIGNED_MOU_WITH');
    await page.getByRole('button', { name: 'Clear the filters' }).click();

    // Expanding Alibaba brings its neighbours (double-click on the canvas does the same).
    const before = await page.locator('tr[data-node-id]').count();
    await page.getByText(/^Nodes \(/).click();
    await page.locator('tr[data-node-id="Company:alibaba"] button', { hasText: 'Expand' }).click();
    await expect
      .poll(() => page.locator('tr[data-node-id]').count(), { timeout: 15_000 })
      .toBeGreaterThan(before);
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual(['Company:alibaba']);

    // A path to China: drawn, each hop with its quotes.
    const to = page.getByRole('combobox', { name: /connected to/i });
    await to.pressSequentially('chine', { delay: 30 });
    await page.locator('#path-listbox [role="option"]').first().waitFor({ timeout: 15_000 });
    await to.press('Enter');
    const hops = page.locator('.path-hops > li');
    await hops.first().waitFor({ timeout: 15_000 });
    expect(await hops.count()).toBeGreaterThan(0);
    expect(await hops.last().textContent()).toMatch(/Chin/);
    expect(await page.locator('.path-hops mark').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('path')).toMatch(/^Place:/);
    await saveScreenshot(page, 'path');

    // Partnerships are suggested too, by any of their names.
    const search = page.getByRole('combobox', { name: /find a company/i });
    await search.pressSequentially('protocole', { delay: 30 });
    const partnership = page.locator('#search-listbox [role="option"]', { hasText: 'Partnership' });
    await partnership.first().waitFor({ timeout: 15_000 });
    await search.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('entity'))
      .toMatch(/^Partnership:/);

    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the dashboard', () => {
  it('renders every chart from its named operations, and a company leads to its network', async () => {
    const { page, elsewhere, problems } = await openPage();
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) {
        operations.push(/query (\w+)/.exec(request.postData() ?? '')?.[1] ?? '(anonymous)');
      }
    });
    await page.goto(`${origin}/explore/dashboard`, { waitUntil: 'load' });
    const charts = page.locator('[data-chart]');
    await charts.first().waitFor({ timeout: 15_000 });
    const ids = await charts.evaluateAll((sections) =>
      sections.map((section) => section.getAttribute('data-chart') ?? ''),
    );
    expect(ids).toEqual([
      'by-kind',
      'by-year',
      'core-sectors',
      'opportunity-sectors',
      'by-market',
      'companies',
    ]);
    for (const id of ids) {
      expect(await page.locator(`[data-chart="${id}"] rect`).count(), id).toBeGreaterThan(0);
    }
    expect(operations.sort()).toEqual([
      'DashboardMostConnectedCompanies',
      'DashboardPartnershipsByKind',
      'DashboardPartnershipsByMarket',
      'DashboardPartnershipsBySector',
      'DashboardPartnershipsByYear',
    ]);
    await saveScreenshot(page, 'dashboard');

    await page.locator('[data-chart="companies"] a').first().click();
    await page.locator('tr[data-edge-id]').first().waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('entity')).toMatch(/^Company:/);

    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
