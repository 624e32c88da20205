/**
 * The bench's static server: a built directory served gzip-compressed, as any host would, since
 * `vite preview` sends every file uncompressed and would make the HTML and the JavaScript look
 * several times heavier than they are on the web.
 *
 * - Compression: gzip at zlib's default level (6, as nginx's `gzip on` at level 6 and the
 *   `compression` middleware use) for text types, when the request accepts gzip. Bodies up to
 *   16 MB are compressed once and kept in memory, so no page load waits for zlib; larger ones
 *   (the scale run's synthetic datasets) are compressed as they stream.
 * - Paths: a file as it is; a directory (or `/en`, `/embed/<id>`) as its `index.html`, with a
 *   redirect to the trailing slash as static hosts do; any other path without a file extension
 *   falls back to the root `index.html` (SPA fallback); a missing asset is a 404.
 * - Caching: hashed `/assets/*` immutable, everything else `no-cache`. Every bench load starts
 *   in a fresh browser context, so this affects no figure.
 *
 * The server runs as its own process (`startServer` spawns this file), so serving never competes
 * with Playwright or Lighthouse on the bench's event loop, and it is stopped by its pid.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip, gzipSync } from 'node:zlib';
import { ROOT, log, sleep } from './util.ts';

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.parquet': 'application/vnd.apache.parquet',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.map',
  '.wasm',
]);
const CACHE_LIMIT_BYTES = 16 * 1024 * 1024;

interface Resolved {
  file: string;
  stat: Stats;
}

const isFile = (file: string): Stats | null => {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
};

const isDir = (file: string): boolean => {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
};

/** A file, a redirect to the directory's slash, or null (404). */
function resolvePath(root: string, pathname: string): Resolved | { redirect: string } | null {
  const local = path.join(root, path.normalize(pathname));
  if (local !== root && !local.startsWith(root + path.sep)) return null;
  if (pathname.endsWith('/')) {
    const index = path.join(local, 'index.html');
    const stat = isFile(index);
    if (stat) return { file: index, stat };
  } else {
    const stat = isFile(local);
    if (stat) return { file: local, stat };
    if (isDir(local) && isFile(path.join(local, 'index.html'))) {
      return { redirect: `${pathname}/` };
    }
  }
  if (path.extname(pathname) !== '') return null;
  const fallback = path.join(root, 'index.html');
  const stat = isFile(fallback);
  return stat ? { file: fallback, stat } : null;
}

function handler(root: string) {
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const gzipOf = (file: string, stat: Stats): Buffer => {
    const seen = gzipped.get(file);
    if (seen?.mtimeMs === stat.mtimeMs) return seen.body;
    const body = gzipSync(readFileSync(file));
    gzipped.set(file, { mtimeMs: stat.mtimeMs, body });
    return body;
  };

  return (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const found = resolvePath(root, pathname);
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if ('redirect' in found) {
      response.writeHead(301, { Location: `${found.redirect}${url.search}` }).end();
      return;
    }
    const ext = path.extname(found.file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    const compress =
      COMPRESSIBLE.has(ext) && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(ext)) headers.Vary = 'Accept-Encoding';
    if (!compress) {
      response.writeHead(200, { ...headers, 'Content-Length': String(found.stat.size) });
      if (request.method === 'HEAD') response.end();
      else createReadStream(found.file).pipe(response);
      return;
    }
    headers['Content-Encoding'] = 'gzip';
    if (found.stat.size <= CACHE_LIMIT_BYTES) {
      const body = gzipOf(found.file, found.stat);
      response.writeHead(200, { ...headers, 'Content-Length': String(body.length) });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(found.file).pipe(createGzip()).pipe(response);
  };
}

/** Serves `dir` on 127.0.0.1:`port` in this process until it is killed. */
function serveHere(dir: string, port: number): void {
  const root = path.resolve(dir);
  const server = createServer(handler(root));
  server.on('error', (error) => {
    console.error(String(error));
    process.exit(1);
  });
  server.listen(port, '127.0.0.1');
}

const running = new Set<ChildProcess>();

// A crashed or interrupted bench must not leave a server holding 4180/4181.
const stopAll = () => {
  for (const child of running) child.kill('SIGTERM');
};

async function isUp(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Serves a built directory on 127.0.0.1:port in a child process (strict: a busy port is an
 * error, never a silent switch to another port that the browser would not find).
 */
export async function startServer(outDir: string, port: number): Promise<Server> {
  const url = `http://127.0.0.1:${port}/`;
  if (await isUp(url)) throw new Error(`port ${port} is already serving something`);
  if (running.size === 0) {
    process.once('exit', stopAll);
  }
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), outDir, String(port)],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
    running.delete(child);
  });

  const stop = async () => {
    if (exited) return;
    const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await Promise.race([done, sleep(5_000)]);
  };

  const deadline = Date.now() + 30_000;
  while (!(await isUp(url))) {
    if (exited) throw new Error(`the server of ${outDir} exited: ${stderr.trim()}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server of ${outDir} is not up on ${url} after 30 s: ${stderr.trim()}`);
    }
    await sleep(200);
  }
  const shown = path.relative(ROOT, outDir);
  log(`serving ${shown.startsWith('..') ? outDir : shown} gzip-compressed on ${url}`);
  return { url, stop };
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, port] = process.argv.slice(2);
  if (!dir || !port || !Number.isInteger(Number(port))) {
    console.error('usage: node --import tsx bench/serve.ts <dir> <port>');
    process.exit(2);
  }
  serveHere(dir, Number(port));
}
