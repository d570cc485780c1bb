import { describe, expect, it } from 'vitest';
import { formatBar, formatDuration, LoadProgress, snapshot } from '../src/ingest/progress.js';
import { createLogger } from '../src/logger.js';

describe('load progress', () => {
  it('gives rates per second and the time left at that rate', () => {
    const s = snapshot({ articles: 250, nodes: 5000, relationships: 12_000 }, 1000, 5000);
    expect(s).toMatchObject({
      articlesPerSecond: 50,
      nodesPerSecond: 1000,
      relationshipsPerSecond: 2400,
      etaSeconds: 15,
    });
    expect(
      snapshot({ articles: 0, nodes: 0, relationships: 0 }, 10, 100).etaSeconds,
    ).toBeUndefined();
  });

  it('draws a bar with the counts, rates and ETA', () => {
    const s = snapshot({ articles: 250, nodes: 5000, relationships: 12_000 }, 1000, 5000);
    expect(formatBar(s, 8)).toBe(
      '[##......] 250/1000 25% 50 art/s 1.0k nodes/s 2.4k rels/s ETA 15s',
    );
    expect([formatDuration(42), formatDuration(185), formatDuration(3720)]).toEqual([
      '42s',
      '3m05s',
      '1h02m',
    ]);
  });

  it('logs structured lines, at most one per interval, when not on a terminal', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({ write: (line) => lines.push(JSON.parse(line)) });
    let now = 0;
    const progress = new LoadProgress({
      total: 30,
      logger,
      bar: false,
      logEveryMs: 1000,
      now: () => now,
    });
    for (const at of [100, 200, 1500]) {
      now = at;
      progress.advance({ articles: 10, nodes: 100, relationships: 300 });
    }
    progress.finish();
    expect(lines.map((l) => [l.msg, l.progress])).toEqual([
      ['load progress', '10/30'],
      ['load progress', '30/30'],
      ['load finished', '30/30'],
    ]);
    expect(lines[1]).toMatchObject({
      articlesPerSecond: 20,
      nodesPerSecond: 200,
      relationshipsPerSecond: 600,
    });
  });

  it('redraws one line on a terminal', () => {
    let out = '';
    const progress = new LoadProgress({
      total: 2,
      logger: createLogger({ write: () => {} }),
      stream: {
        write: (text: string) => {
          out += text;
          return true;
        },
        isTTY: true,
      },
    });
    progress.advance({ articles: 2, nodes: 1, relationships: 1 });
    progress.finish();
    expect(out.split('\r\x1b[K')).toHaveLength(3);
    expect(out.endsWith('\n')).toBe(true);
    expect(out).toContain('2/2 100%');
  });
});
