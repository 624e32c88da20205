import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import path from 'node:path';

/*
 * A static server for the scale benchmark that counts the bytes it sends per file, so
 * `bytesFetched` is what crossed the wire, whoever asked (the page, the data worker, DuckDB's
 * worker). It answers what `vite preview` does for this app: files of the built dir, the app
 * shell for other paths, HEAD, and single byte ranges (206) as DuckDB-WASM reads Parquet.
 * Nothing is compressed, as with `vite preview`.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.parquet': 'application/octet-stream',
  '.map': 'application/json',
};

export interface CountingServer {
  url: string;
  /** Bytes sent per URL path since the last reset. */
  sent: Map<string, number>;
  /** Requests answered per URL path since the last reset (a range read is one). */
  requests: Map<string, number>;
  reset(): void;
  stop(): Promise<void>;
}

export async function startCountingServer(root: string, port: number): Promise<CountingServer> {
  const sent = new Map<string, number>();
  const requests = new Map<string, number>();
  // BENCH_SCALE_TRACE=1 prints every request with its time, for profiling an open.
  const trace = process.env.BENCH_SCALE_TRACE === '1';
  const started = Date.now();
  const server: HttpServer = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      file = path.join(root, 'index.html');
    const size = statSync(file).size;
    requests.set(pathname, (requests.get(pathname) ?? 0) + 1);
    if (trace)
      console.error(
        `trace ${Date.now() - started} ${req.method ?? ''} ${pathname} ${req.headers.range ?? ''}`,
      );
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const range = /^bytes=(\d+)-(\d*)$/u.exec(req.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (range && start >= size) {
      res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      return;
    }
    const headers: Record<string, string> = {
      'content-type': type,
      'content-length': String(end - start + 1),
      'accept-ranges': 'bytes',
      'cache-control': 'no-cache',
    };
    if (range) headers['content-range'] = `bytes ${start}-${end}/${size}`;
    res.writeHead(range ? 206 : 200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // Counted as read for sending: a client that gives up (a file refused for its size) stops
    // the stream, and the count with it.
    const stream = createReadStream(file, { start, end });
    stream.on('data', (chunk) => sent.set(pathname, (sent.get(pathname) ?? 0) + chunk.length));
    res.on('close', () => stream.destroy());
    stream.pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    sent,
    requests,
    reset: () => {
      sent.clear();
      requests.clear();
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
