import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/chromium.ts';
import { PROBE_SCRIPT } from './page-probe.ts';
import type { ProbeSnapshot } from './page-probe.ts';
import { pollFor } from './util.ts';

export const VIEWPORT = { width: 1280, height: 800 };

/** The binary Lighthouse launches: CHROME_PATH (when set and not empty), else Playwright's. */
export function lighthouseChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  return chromiumExecutable() ?? chromium.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
}

/**
 * A fresh context per measurement: empty HTTP cache, no service worker, no localStorage, so
 * every load is a cold first visit. The probe is installed before any app script runs.
 */
export async function newBenchPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    colorScheme: 'light',
    acceptDownloads: true,
  });
  await context.addInitScript({ content: PROBE_SCRIPT });
  const page = await context.newPage();
  return { context, page };
}

export async function snapshot(page: Page): Promise<ProbeSnapshot> {
  const snap = await page.evaluate(() => window.__imdeBench?.snapshot() ?? null);
  if (!snap) throw new Error('the bench probe is not installed in the page');
  return snap;
}

/** Waits for `predicate` on successive probe snapshots, polling from Node. */
export async function waitForProbe(
  page: Page,
  predicate: (snap: ProbeSnapshot) => boolean,
  timeoutMs: number,
  what: string,
): Promise<ProbeSnapshot> {
  const snap = await pollFor(() => snapshot(page), predicate, timeoutMs, 100);
  if (!predicate(snap)) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
  return snap;
}

/**
 * Until the charts in the initial viewport are all ready and have stayed so for `idleMs`
 * (a panel that mounts late would flip the state back). Returns the final snapshot.
 */
export async function waitAboveFoldSettled(
  page: Page,
  idleMs = 1_000,
  timeoutMs = 60_000,
): Promise<ProbeSnapshot> {
  return waitForProbe(
    page,
    (s) => s.aboveFoldReadyAt !== null && s.now - s.aboveFoldChangedAt >= idleMs,
    timeoutMs,
    'every chart in the initial viewport to be ready (data-chart-ready="true") for 1 s',
  );
}
