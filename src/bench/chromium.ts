import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const found = () => CANDIDATES.find((path) => existsSync(path));

/**
 * Debian's Chromium, installed with apt-get when it is missing and we are root
 * (machines are new each session; nothing is downloaded at test time besides
 * that package). Anywhere else, a clear error says what to install.
 */
export function chromiumPath(): string {
  const present = found();
  if (present) return present;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.info("installing Debian's chromium package for the browser tests (first run only)");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    `no Chromium at ${CANDIDATES.join(' or ')}: install Debian's chromium package (apt-get install chromium)`,
  );
}

/**
 * Chromium's flags for WebGL without a GPU: SwiftShader renders it in
 * software, which recent versions allow only when asked.
 */
export const SOFTWARE_WEBGL = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

/** Headless Chromium driven by playwright-core, with extra flags; the caller closes it. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Root in a container has no user namespace for Chromium's sandbox.
    args: ['--no-sandbox', '--disable-dev-shm-usage', ...extraArgs],
  });
}
