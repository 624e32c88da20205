import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Config, Flags, Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from '../scripts/chromium.ts';
import { lighthouseChrome } from './browser.ts';
import { median } from './util.ts';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseRun {
  /** Performance category score, 0–100. */
  score: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
}

export interface LighthouseSummary extends LighthouseRun {
  runs: LighthouseRun[];
}

const numeric = (lhr: Result, audit: string): number | null =>
  lhr.audits[audit]?.numericValue ?? null;

/**
 * One Lighthouse navigation in a freshly launched Chromium (its own temporary profile, so the
 * cache is cold). Mobile: Lighthouse's defaults (Moto G Power emulation, simulated slow 4G and
 * 4x CPU slowdown); desktop: its desktop config. Both simulate throttling, so the scores model a
 * slower device than this machine and say little about it directly.
 */
export async function lighthouseOnce(url: string, formFactor: FormFactor): Promise<LighthouseRun> {
  const chrome = await launch({
    chromePath: lighthouseChrome(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    };
    const config: Config | undefined = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const score = lhr.categories.performance?.score;
    return {
      score: typeof score === 'number' ? Math.round(score * 100) : null,
      lcpMs: numeric(lhr, 'largest-contentful-paint'),
      tbtMs: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}

/** Medians of each figure separately (the median score's run need not hold the median LCP). */
export function summarizeLighthouse(runs: LighthouseRun[]): LighthouseSummary {
  return {
    score: median(runs.map((s) => s.score)),
    lcpMs: median(runs.map((s) => s.lcpMs)),
    tbtMs: median(runs.map((s) => s.tbtMs)),
    cls: median(runs.map((s) => s.cls)),
    runs,
  };
}
