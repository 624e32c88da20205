/** Small helpers shared by the bench scripts (statistics, logging, waiting). */

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/u, '');

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Reads until `done` says so or `timeoutMs` has passed, `intervalMs` apart; returns the last
 * value read either way (the caller decides whether a timeout is a failure).
 */
export async function pollFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() <= deadline) {
    await sleep(intervalMs);
    value = await read();
  }
  return value;
}

const started = Date.now();

/** Progress on stderr, prefixed with the elapsed time, so stdout stays clean for piping. */
export function log(message: string): void {
  const s = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${s}s] ${message}\n`);
}

/** Nearest-rank percentile (p in 0..100) of the finite numbers; null when there are none. */
export function percentile(values: readonly (number | null)[], p: number): number | null {
  const xs = values
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * xs.length));
  return xs[Math.min(rank, xs.length) - 1] ?? null;
}

/** The median as the mean of the two middle values, so an even count is not biased. */
export function median(values: readonly (number | null)[]): number | null {
  const xs = values
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  const hi = xs[mid] ?? NaN;
  return xs.length % 2 === 1 ? hi : ((xs[mid - 1] ?? NaN) + hi) / 2;
}

export const round = (value: number | null, digits = 0): number | null =>
  value === null ? null : Number(value.toFixed(digits));

export const errorText = (error: unknown): string =>
  error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);

/** Runs `fn`, turning a failure into a logged reason instead of aborting the whole bench. */
export async function attempt<T>(
  what: string,
  fn: () => Promise<T>,
  errors: string[],
): Promise<T | null> {
  try {
    return await fn();
  } catch (error) {
    const reason = `${what}: ${errorText(error)}`;
    log(`FAILED ${reason}`);
    errors.push(reason);
    return null;
  }
}
