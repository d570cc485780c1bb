/** Debian's Chromium for the browser tests: the same launcher the explorer benchmark uses. */
export { chromiumPath, launchChromium, SOFTWARE_WEBGL } from '../../src/bench/chromium.js';
