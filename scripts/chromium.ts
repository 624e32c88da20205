import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium that the browser tests (playwright.config.ts) and the benchmark (bench/) drive:
 * - CHROMIUM_PATH=/path/to/chrome  -> that binary;
 * - CHROMIUM_PATH= (set but empty) -> Playwright's own browser (`npx playwright install chromium`);
 * - unset                          -> Debian's /usr/bin/chromium when present, else Playwright's own.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined) {
    if (fromEnv === '') return undefined;
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** Flags for a headless Chromium in a container without a sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
