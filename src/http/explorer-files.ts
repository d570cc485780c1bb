import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPersistedOperations } from './persisted-operations.js';

/**
 * Where `npm run build` puts the explorer's bundle (explorer/vite.config.ts).
 * Both src/http/ (tsx) and dist/http/ (compiled) sit two levels below the
 * package root, so one path serves both.
 */
export const DEFAULT_EXPLORER_DIR = fileURLToPath(new URL('../../dist/explorer/', import.meta.url));

/**
 * The explorer page's Content-Security-Policy: scripts, styles and API calls
 * from Accord's origin only; no inline script, no eval, no CDN, no font from
 * elsewhere. WebGL needs nothing more.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/** A file of the bundle, ready to send. */
export interface ExplorerFile {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

/** Hashed file names under /explore/assets/; nothing else is read from disk by name. */
const ASSET = /^\/explore\/assets\/([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.(?:js|css|svg|png|map))$/;

/**
 * What a GET of `pathname` under /explore answers: a hashed asset (cached for
 * a year), or the page itself for any other path (its routes are in the
 * URL), never cached so that a new build is picked up. Null: no such asset.
 * Throws when the bundle is not built, with what to run.
 */
export async function explorerFile(dir: string, pathname: string): Promise<ExplorerFile | null> {
  const asset = ASSET.exec(pathname)?.[1];
  if (pathname.startsWith('/explore/assets/') && !asset) return null;
  const file = asset ? join(dir, 'assets', asset) : join(dir, 'index.html');
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (asset) return null;
    throw new Error(`The explorer is not built: ${file} is missing; run \`npm run build\`.`);
  }
  return {
    body,
    headers: {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': asset ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(asset ? {} : { 'content-security-policy': EXPLORER_CSP }),
    },
  };
}

/**
 * The explorer's own operations by id, shipped beside its bundle
 * (persisted-operations.json, from codegen): a server that runs only trusted
 * documents adds them to its list, so the page works there. None when the
 * bundle is not built; a bad file throws, naming it.
 */
export function explorerOperations(dir: string): Record<string, string> {
  const file = join(dir, 'persisted-operations.json');
  if (!existsSync(file)) return {};
  const read = readPersistedOperations(file);
  if ('problem' in read) throw new Error(`${file} ${read.problem}`);
  return read.operations;
}
