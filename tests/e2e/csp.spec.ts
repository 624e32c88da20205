import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp';
import { openParquetPanel, serveParquetDatasets } from './parquet-route';
import { fetchRoute } from './route-fetch';
import {
  DIST_DIR,
  collectPageErrors,
  expectNoPageErrors,
  panel,
  reportCount,
  scrollAllChartsReady,
  waitForPanelCharts,
} from './helpers';
import { hoverTooltips } from './chart-pointer';

/*
 * The Content-Security-Policy of scripts/csp.ts, enforced as a real response header (as a host
 * should send it), on every response: the document, the scripts, the data worker's script, the
 * data. Violations are collected four ways: the page's securitypolicyviolation event (an init
 * script), the same event inside each worker (installed when the worker appears), console
 * messages of the page and of its workers that mention the policy, and Chromium's own issue
 * reports (CDP Audits: contentSecurityPolicyIssue). A control test makes sure each of them does
 * report a violation when there is one.
 */

/** The data worker's built script (src/data/data.worker.ts). */
const WORKER_SCRIPT = /\/assets\/data\.worker-[^/]*\.js$/u;
const PROBE_TAG = '[csp-probe]';
/**
 * Prepended to the worker's module: Chromium reports a worker's violations neither to the
 * page's console nor to CDP Audits, and an evaluate() after start would miss the first fetches.
 */
const WORKER_PROBE = `self.addEventListener('securitypolicyviolation', (e) => console.error(${JSON.stringify(
  PROBE_TAG,
)}, e.violatedDirective, 'blocked', e.blockedURI));`;

interface Violations {
  events: string[];
  console: string[];
  audits: string[];
  workers: string[];
  /** Responses that carried the header, by resource type. */
  headered: Map<string, number>;
  all: () => string[];
}

async function enforcePolicy(
  context: BrowserContext,
  page: Page,
  policy = CONTENT_SECURITY_POLICY,
): Promise<Violations> {
  const v: Violations = {
    events: [],
    console: [],
    audits: [],
    workers: [],
    headered: new Map(),
    all: () => [...v.events, ...v.console, ...v.audits, ...v.workers],
  };
  await context.route('**/*', async (route) => {
    const response = await fetchRoute(route);
    const url = new URL(route.request().url());
    const isWorker = WORKER_SCRIPT.test(url.pathname);
    const type = isWorker ? 'worker script' : route.request().resourceType();
    v.headered.set(type, (v.headered.get(type) ?? 0) + 1);
    const headers = { ...response.headers(), 'content-security-policy': policy };
    // The worker's own listener, first thing in its module (an init script for the worker).
    const body = isWorker ? `${WORKER_PROBE}\n${await response.text()}` : undefined;
    await route.fulfill(body === undefined ? { response, headers } : { response, headers, body });
  });
  await context.exposeFunction('__cspViolation', (text: string) => {
    v.events.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as Window & { __cspViolation?: (text: string) => void })
        .__cspViolation;
      report?.(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const mentionsPolicy = (text: string) => /Content[ -]Security[ -]Policy/iu.test(text);
  page.on('console', (msg) => {
    if (mentionsPolicy(msg.text())) v.console.push(`page ${msg.type()}: ${msg.text()}`);
  });
  page.on('worker', (worker) => {
    worker.on('console', (msg) => {
      const text = msg.text();
      if (text.startsWith(PROBE_TAG)) v.workers.push(text);
      else if (mentionsPolicy(text)) v.console.push(`worker ${msg.type()}: ${text}`);
    });
  });
  const cdp = await context.newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code === 'ContentSecurityPolicyIssue') {
      const d = issue.details.contentSecurityPolicyIssueDetails;
      v.audits.push(`audit: ${d?.violatedDirective ?? '?'} blocked ${d?.blockedURL ?? '?'}`);
    }
  });
  await cdp.send('Audits.enable');
  return v;
}

const policyOf = (html: string): string | undefined => {
  const tag = /<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/iu.exec(html)?.[0];
  const content = tag && /content="([^"]*)"/u.exec(tag)?.[1];
  return content
    ?.replace(/&#39;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
};

test.describe('Content-Security-Policy', () => {
  test('the built index.html carries the policy of scripts/csp.ts as a meta tag', async ({
    page,
  }) => {
    const html = readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
    expect(policyOf(html), `${DIST_DIR}/index.html`).toBe(CONTENT_SECURITY_POLICY);
    // And the page as served says the same.
    await page.goto('/');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      CONTENT_SECURITY_POLICY,
    );
  });

  test('enforced as a header: no violation while loading, hovering, switching, exporting', async ({
    context,
    page,
  }) => {
    test.setTimeout(90_000);
    const errors = collectPageErrors(page);
    const v = await enforcePolicy(context, page);

    await page.goto('/');
    const charts = await scrollAllChartsReady(page);
    const firstChart = panel(page, 'firearm-seizures').locator('[data-chart-ready="true"]').first();
    const tips = await hoverTooltips(page, firstChart, 1);
    expect(tips.length, 'a tooltip under the mouse').toBe(1);

    await page.getByRole('button', { name: '语言: English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Inner Mongolia Data Explorer',
    );
    await page.getByRole('button', { name: 'Switch to Dark' }).click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/u);
    await scrollAllChartsReady(page);

    await waitForPanelCharts(page, 'firearm-seizures');
    const p = panel(page, 'firearm-seizures');
    await p.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = p.getByRole('dialog');
    for (const name of ['PNG 1×', /^CSV/u] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name, exact: typeof name === 'string' }).click(),
      ]);
      await expect(dialog.getByRole('status')).toContainText(download.suggestedFilename());
    }
    await page.keyboard.press('Escape');

    // The default view renders from the data baked into the page; a search is answered by the
    // data worker's index.
    await page.getByRole('combobox', { name: 'Search figures' }).fill('detonators');
    await expect(
      page
        .getByRole('listbox', { name: 'Search results', includeHidden: true })
        .getByRole('option')
        .first(),
    ).toContainText('detonators', { ignoreCase: true, timeout: 20_000 });

    const headered = Object.fromEntries(v.headered);
    expect(headered.document ?? 0, 'the document had the header').toBeGreaterThan(0);
    expect(headered.script ?? 0, 'scripts had the header').toBeGreaterThan(0);
    expect(headered['worker script'] ?? 0, 'the worker script had the header').toBe(1);
    expect(page.workers().length, 'the data worker runs').toBeGreaterThan(0);
    expect(v.all(), 'Content-Security-Policy violations').toEqual([]);
    expectNoPageErrors(errors);
    reportCount(
      `0 CSP violations (events ${v.events.length}, console ${v.console.length}, ` +
        `audits ${v.audits.length}, in workers ${v.workers.length}) over ${charts} charts, ` +
        `1 tooltip, zh→en, light→dark, PNG + CSV, a search; header on ${JSON.stringify(headered)}`,
    );
  });

  test('a Parquet dataset: DuckDB-WASM starts, compiles and queries under the policy', async ({
    context,
    page,
  }) => {
    test.setTimeout(90_000);
    // WebAssembly may be compiled, strings may never be evaluated.
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    const errors = collectPageErrors(page);
    const v = await enforcePolicy(context, page);
    const served = await serveParquetDatasets(context, ['parquet-sample'], {
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    await page.goto('/?lang=en&region=150200');
    const p = await openParquetPanel(page, 'parquet-sample');
    await waitForPanelCharts(page, 'explore-parquet-sample');
    await p.getByRole('tab', { name: 'Table' }).click();
    await expect(p.locator('tbody tr')).toHaveCount(10);
    expect(served.ranges.length, 'Parquet read').toBeGreaterThan(0);
    expect(v.all(), 'Content-Security-Policy violations').toEqual([]);
    expectNoPageErrors(errors);
    reportCount(
      `0 CSP violations with a Parquet dataset open (${served.ranges.length} range reads, ${page.workers().length} workers)`,
    );
  });

  test("control: without 'wasm-unsafe-eval' DuckDB-WASM cannot compile, and the panel says so", async ({
    context,
    page,
  }) => {
    test.setTimeout(90_000);
    const strict = CONTENT_SECURITY_POLICY.replace(" 'wasm-unsafe-eval'", '');
    const v = await enforcePolicy(context, page, strict);
    await serveParquetDatasets(context, ['parquet-sample'], { 'content-security-policy': strict });
    await page.goto('/?lang=en');
    const alert = (await openParquetPanel(page, 'parquet-sample')).getByRole('alert');
    await expect(alert).toContainText("needs 'wasm-unsafe-eval'");
    await expect.poll(() => v.all().length, { message: 'a reported violation' }).toBeGreaterThan(0);
    reportCount(`control: ${v.all().length} violation(s) without 'wasm-unsafe-eval'`);
  });

  test('control: the collectors do report a violation in the page and in the worker', async ({
    context,
    page,
  }) => {
    const v = await enforcePolicy(context, page);
    // A view other than the baked one: its figures come from the data worker.
    await page.goto('/?region=150200');
    await expect.poll(() => page.workers().length).toBeGreaterThan(0);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://blocked.invalid/pixel.png';
      document.body.append(img);
    });
    const worker = page.workers()[0];
    await worker?.evaluate(() => fetch('https://blocked.invalid/data.json').catch(() => undefined));
    await expect.poll(() => v.events.length, { message: 'page event' }).toBeGreaterThan(0);
    await expect.poll(() => v.audits.length, { message: 'CDP audit issue' }).toBeGreaterThan(0);
    await expect
      .poll(() => v.workers.filter((c) => c.includes('blocked.invalid/data.json')).length, {
        message: "the worker's own securitypolicyviolation event",
      })
      .toBeGreaterThan(0);
    reportCount(
      `control: page events ${v.events.length}, console ${v.console.length}, ` +
        `audits ${v.audits.length}, worker events ${v.workers.length}`,
    );
  });
});
