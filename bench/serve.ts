import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT, log, sleep } from './util.ts';

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const running = new Set<ChildProcess>();

// A crashed or interrupted bench must not leave a preview server holding 4180/4181.
const stopAll = () => {
  for (const child of running) child.kill('SIGTERM');
};
process.once('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}

async function isUp(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * `vite preview` of a built directory on 127.0.0.1:port (strict: a busy port is an error, never
 * a silent switch to another port that the browser would not find). Node runs vite's CLI directly
 * rather than through npx, so the child is the server itself and can be stopped by its pid.
 */
export async function startPreview(outDir: string, port: number): Promise<Server> {
  const url = `http://127.0.0.1:${port}/`;
  if (await isUp(url)) throw new Error(`port ${port} is already serving something`);
  const child = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--strictPort',
    ],
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
    if (exited) throw new Error(`vite preview of ${outDir} exited: ${stderr.trim()}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview of ${outDir} not up on ${url} after 30 s: ${stderr.trim()}`);
    }
    await sleep(200);
  }
  const shown = path.relative(ROOT, outDir);
  log(`serving ${shown.startsWith('..') ? outDir : shown} on ${url}`);
  return { url, stop };
}
