import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExplorerBundle } from '../../src/bench/explorer-bundle.js';
import { tempDir } from './temp-dir.js';

/** The bundle built as `npm run build` builds it, into a folder of the test's own, removed after the file's tests. */
export const buildExplorer = (): Promise<string> => buildExplorerBundle(tempDir('explorer'));

/** Where the browser tests leave their screenshots (git-ignored). */
export const SCREENSHOTS = 'reports/screenshots';

/** Saves a screenshot of the whole page as reports/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * How many pixels of an element, as the screen shows it, are within `tolerance`
 * of a colour: WebGL canvases cannot be read back once drawn, a screenshot can.
 */
export async function pixelsOfColour(
  page: Page,
  selector: string,
  hex: string,
  tolerance = 40,
): Promise<number> {
  const png = await page.locator(selector).screenshot();
  const args = JSON.stringify({ data: png.toString('base64'), hex, tolerance });
  return page.evaluate(`(${COUNT_PIXELS})(${args})`) as Promise<number>;
}

/** Runs in the page (the test's tsconfig has no DOM types, hence a string). */
const COUNT_PIXELS = `async ({ data, hex, tolerance }) => {
  const image = new Image();
  image.src = 'data:image/png;base64,' + data;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const rgba = context.getImageData(0, 0, image.width, image.height).data;
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (Math.abs(rgba[i] - r) + Math.abs(rgba[i + 1] - g) + Math.abs(rgba[i + 2] - b) <= tolerance) count += 1;
  }
  return count;
}`;
