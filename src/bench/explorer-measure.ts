import type { Browser } from 'playwright-core';

/** What one look at a neighbourhood measured, in milliseconds. */
export interface NetworkTiming {
  /** From navigation to the first frame with the network drawn. */
  firstDrawMs: number;
  /** The API calls for the neighbourhood (`accord:network`). */
  apiMs: number;
  /** After the data arrived: the graph built, laid out (ForceAtlas2) and drawn. */
  layoutAndDrawMs: number;
  nodes: number;
  edges: number;
}

/** Frame times while the analyst drags the canvas. */
export interface PanTiming {
  frames: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  fps: number;
}

/*
 * What runs in the page, as strings: tsx would wrap functions in a helper
 * (__name) that exists in Node only.
 */
const DRAWN = "performance.getEntriesByName('accord:drawn').length > 0";
const READ_MARKS = `(() => {
  const drawn = performance.getEntriesByName('accord:drawn')[0];
  const api = performance.getEntriesByName('accord:network')[0];
  const canvas = document.querySelector('.graph-canvas');
  return {
    firstDrawMs: drawn ? drawn.startTime : 0,
    apiMs: api ? api.duration : 0,
    layoutAndDrawMs: (drawn ? drawn.startTime : 0) - (api ? api.startTime + api.duration : 0),
    nodes: Number(canvas && canvas.getAttribute('data-nodes')),
    edges: Number(canvas && canvas.getAttribute('data-edges')),
  };
})()`;
const RECORD_FRAMES = `(() => {
  const state = { frames: [], last: 0, stop: false };
  window.__pan = state;
  const tick = (time) => {
    if (state.last) state.frames.push(time - state.last);
    state.last = time;
    if (!state.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = '(() => { window.__pan.stop = true; return window.__pan.frames; })()';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Opens the explorer on `entity` (its first page of neighbours), waits for
 * the network to be drawn, reads the page's performance marks, then drags
 * the canvas in `steps` mouse moves while recording every animation frame.
 */
export async function measureExplorer(
  browser: Browser,
  origin: string,
  entity: string,
  steps: number,
): Promise<{ network: NetworkTiming; pan: PanTiming }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`${origin}/explore/?entity=${encodeURIComponent(entity)}`);
    // Polled from here: waitForFunction would eval in the page, which its CSP forbids.
    const deadline = Date.now() + 120_000;
    while (!(await page.evaluate(DRAWN))) {
      if (Date.now() > deadline) throw new Error(`the network of ${entity} was not drawn in 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const network = (await page.evaluate(READ_MARKS)) as NetworkTiming;
    const box = await page.locator('.graph-canvas').boundingBox();
    if (!box) throw new Error('the explorer drew no canvas');
    await page.evaluate(RECORD_FRAMES);
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.25, y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i += 1) {
      const x = box.x + box.width * (0.25 + (0.5 * (i % 40)) / 40);
      await page.mouse.move(x, y + ((i % 20) - 10) * 4);
    }
    await page.mouse.up();
    const frames = (await page.evaluate(STOP_FRAMES)) as number[];
    const sorted = [...frames].sort((a, b) => a - b);
    const total = frames.reduce((sum, ms) => sum + ms, 0);
    return {
      network: {
        ...network,
        firstDrawMs: round(network.firstDrawMs),
        apiMs: round(network.apiMs),
        layoutAndDrawMs: round(network.layoutAndDrawMs),
      },
      pan: {
        frames: frames.length,
        p50Ms: round(percentile(sorted, 50)),
        p95Ms: round(percentile(sorted, 95)),
        maxMs: round(sorted[sorted.length - 1] ?? 0),
        fps: round(total ? (1000 * frames.length) / total : 0),
      },
    };
  } finally {
    await page.close();
  }
}
