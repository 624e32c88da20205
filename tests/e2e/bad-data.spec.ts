import { expect, test } from '@playwright/test';
import type { Page, Route } from '@playwright/test';
import {
  READY_TIMEOUT,
  collectPageErrors,
  panel,
  readDataFile,
  readDatasetIds,
  reportCount,
  minCharts,
  scrollChartsReady,
  waitForPanelsLoaded,
} from './helpers';
import { PANELS } from '../../src/app/registry';

/*
 * A broken data file breaks only the panels made from it (src/ui/dataset-gate.tsx,
 * src/ui/load-error.tsx): they show role="alert" naming the file and, for schema failures, the
 * first problems by JSON path, with a Retry button; every other panel still draws its charts and
 * nothing is thrown. Retry after the file is fixed brings the panel back.
 *
 * The data worker (src/data/data.worker.ts) fetches the files; in Chromium its requests go
 * through page.route like the page's own (checked while writing this spec: a 404 fulfilled by
 * page.route reaches the worker), and the service worker is blocked (playwright.config.ts), so
 * every request below is the one we serve.
 */

type Json = Record<string, unknown>;
interface Observation extends Json {
  indicator: string;
  region: string;
  year: number;
  value: unknown;
}
interface Dataset extends Json {
  indicators: { id: string; kind: string }[];
  observations: Observation[];
}

/**
 * The panels made from each dataset, from the registry: a failed panel must still be findable
 * by its id, so the list is not read from the page.
 */
const PANELS_OF: Record<string, string[]> = {};
for (const spec of PANELS) {
  if (spec.source === 'dataset') (PANELS_OF[spec.datasetId] ??= []).push(spec.id);
}
const ALL_PANELS = ['overview-map', ...Object.values(PANELS_OF).flat()];

const readDataset = (id: string) => readDataFile<Dataset>(`datasets/${id}.json`);
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** What we serve instead of the real file, and what the panel's alert must then say. */
interface Breakage {
  name: string;
  datasetId: string;
  /** The response for the file while broken. */
  serve: () => { status: number; contentType: string; body: string };
  /** Texts the alert must contain besides the file name (a JSON path for schema failures). */
  expect: (string | RegExp)[];
}

/** The first observation whose indicator has the given kind. */
function firstOfKind(dataset: Dataset, kind: string): number {
  const ids = new Set(dataset.indicators.filter((i) => i.kind === kind).map((i) => i.id));
  const index = dataset.observations.findIndex((o) => ids.has(o.indicator));
  if (index < 0) throw new Error(`no observation of kind ${kind}`);
  return index;
}

/** A copy of the dataset with observation `index` changed by `change`. */
function withObservation(id: string, index: number, change: (o: Observation) => Json): string {
  const dataset = readDataset(id);
  const observations = dataset.observations.map((o, i) => (i === index ? change(o) : o));
  return json({ ...dataset, observations });
}

const ok = (body: string) => ({ status: 200, contentType: 'application/json', body });

// Each kind of failure once, spread so that every dataset is broken by at least one of them.
const BREAKAGES: Breakage[] = [
  {
    name: 'HTTP 404',
    datasetId: 'housing-fund-services',
    serve: () => ({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    expect: ['404'],
  },
  {
    name: 'not JSON (an HTML page)',
    datasetId: 'morin-dawa-poverty',
    serve: () => ({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Oops</title><p>Service unavailable</p>',
    }),
    expect: [/JSON/u],
  },
  {
    name: 'truncated JSON',
    datasetId: 'firearm-seizures-2020',
    serve: () => {
      const text = json(readDataset('firearm-seizures-2020'));
      return ok(text.slice(0, Math.floor(text.length / 2)));
    },
    expect: [/JSON/u],
  },
  {
    name: 'wrong type: a year as a string',
    datasetId: 'health-13th-fyp',
    serve: () => ok(withObservation('health-13th-fyp', 3, (o) => ({ ...o, year: String(o.year) }))),
    expect: ['$.observations[3].year'],
  },
  {
    name: 'unknown indicator',
    datasetId: 'hohhot-medical-groups',
    serve: () =>
      ok(withObservation('hohhot-medical-groups', 2, (o) => ({ ...o, indicator: 'no-such-one' }))),
    expect: ['$.observations[2].indicator', 'no-such-one'],
  },
  {
    name: 'a region code not in regions.json',
    datasetId: 'firearm-seizures-2020',
    serve: () =>
      ok(withObservation('firearm-seizures-2020', 1, (o) => ({ ...o, region: '159999' }))),
    expect: ['$.observations[1].region', '159999'],
  },
  {
    name: 'a duplicate observation',
    datasetId: 'morin-dawa-poverty',
    serve: () => {
      const dataset = readDataset('morin-dawa-poverty');
      const first = dataset.observations[0];
      return ok(json({ ...dataset, observations: [...dataset.observations, first] }));
    },
    expect: [`$.observations[${readDataset('morin-dawa-poverty').observations.length}]`],
  },
  {
    name: 'a negative count',
    datasetId: 'housing-fund-services',
    serve: () => {
      const index = firstOfKind(readDataset('housing-fund-services'), 'count');
      return ok(withObservation('housing-fund-services', index, (o) => ({ ...o, value: -5 })));
    },
    expect: [
      `$.observations[${firstOfKind(readDataset('housing-fund-services'), 'count')}].value`,
      'negative',
    ],
  },
];

/**
 * Serves `serve()` for requests whose path ends with `/data/<file>` while `broken` is true, and
 * the real file from the server once it is set to false.
 */
async function breakFile(
  page: Page,
  file: string,
  serve: Breakage['serve'],
): Promise<{ fix: () => void; hits: () => number }> {
  let broken = true;
  let hits = 0;
  await page.route(`**/data/${file}`, async (route: Route) => {
    hits += 1;
    if (!broken) return route.fallback();
    const { status, contentType, body } = serve();
    return route.fulfill({ status, contentType, body });
  });
  return {
    fix: () => {
      broken = false;
    },
    hits: () => hits,
  };
}

/** Page errors and console errors, except the browser's note on the failed request itself. */
function errorsOf(all: readonly string[]): string[] {
  return all.filter((e) => !e.includes('Failed to load resource'));
}

const ALL_DATASETS = readDatasetIds();
/** The fallbacks of the root and panel error boundaries (src/app/app.tsx, src/ui/panel-boundary.tsx). */
const RENDER_FAILED = /页面出错|此面板无法显示/u;

test.describe('bad data: one broken dataset breaks only its own panels', () => {
  for (const breakage of BREAKAGES) {
    const file = `datasets/${breakage.datasetId}.json`;
    test(`${breakage.name} in ${file}`, async ({ page }) => {
      expect(ALL_DATASETS).toContain(breakage.datasetId);
      const errors = collectPageErrors(page);
      const route = await breakFile(page, file, breakage.serve);
      await page.goto('/');

      // The broken dataset's panels: one alert each naming the file and the problem, with Retry,
      // in the panel's place ([data-panel="<id>"]).
      const ownIds = PANELS_OF[breakage.datasetId] ?? [];
      const alerts = page.getByRole('alert').filter({ hasText: file });
      await expect
        .poll(() => alerts.count(), {
          message: `one alert naming ${file} per panel of ${breakage.datasetId}`,
          timeout: READY_TIMEOUT,
        })
        .toBe(ownIds.length);
      for (const alert of await alerts.all()) {
        for (const text of breakage.expect) {
          await expect(alert, `the alert says ${String(text)}`).toContainText(text);
        }
        await expect(alert.getByRole('button', { name: '重试', exact: true })).toBeVisible();
      }
      for (const id of ownIds) {
        await expect(
          panel(page, id).getByRole('alert'),
          `${id}: the alert inside [data-panel="${id}"]`,
        ).toContainText(file, { timeout: 1_000 });
        await expect(panel(page, id).locator('[data-chart-ready]')).toHaveCount(0);
      }
      expect(route.hits(), 'the broken file was requested').toBeGreaterThan(0);

      // Every other panel: no alert, all of its charts drawn.
      await waitForPanelsLoaded(page);
      const otherIds = ALL_PANELS.filter((id) => !ownIds.includes(id));
      expect(otherIds.length).toBeGreaterThan(0);
      let otherCharts = 0;
      for (const id of otherIds) {
        await expect(panel(page, id).getByRole('alert'), `${id}: no alert`).toHaveCount(0);
        otherCharts += await scrollChartsReady(page, panel(page, id), `panel ${id}`, minCharts(id));
      }
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(RENDER_FAILED), 'no render-error fallback').toHaveCount(0);
      expect(errorsOf(errors), `errors:\n${errors.join('\n')}`).toEqual([]);

      // Fixed on the server: Retry in the first panel reloads the file for all its panels.
      route.fix();
      const hitsBefore = route.hits();
      await alerts.first().getByRole('button', { name: '重试', exact: true }).click();
      await expect(alerts).toHaveCount(0, { timeout: READY_TIMEOUT });
      let recoveredCharts = 0;
      for (const id of ownIds) {
        await expect(panel(page, id).getByRole('alert'), `${id}: recovered`).toHaveCount(0, {
          timeout: READY_TIMEOUT,
        });
        recoveredCharts += await scrollChartsReady(
          page,
          panel(page, id),
          `recovered ${id}`,
          minCharts(id),
        );
        await expect(panel(page, id)).toHaveAttribute('data-dataset', breakage.datasetId);
      }
      expect(route.hits(), 'Retry fetched the file again').toBeGreaterThan(hitsBefore);
      expect(errorsOf(errors), `errors:\n${errors.join('\n')}`).toEqual([]);

      reportCount(
        `${ownIds.length} panel(s) of ${breakage.datasetId} alerted and recovered ` +
          `(${recoveredCharts} charts), ${otherIds.length} other panels drew ${otherCharts} charts`,
      );
    });
  }
});

test.describe('bad data: shared files', () => {
  const cases = [
    {
      name: 'manifest.json: HTTP 500',
      file: 'manifest.json',
      serve: () => ({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
      expect: ['500'],
    },
    {
      name: 'manifest.json: a dataset with a wrong file name',
      file: 'manifest.json',
      serve: () => {
        const manifest = readDataFile<{ datasets: Json[] }>('manifest.json');
        const datasets = manifest.datasets.map((d, i) =>
          i === 1 ? { ...d, file: 'datasets/elsewhere.json' } : d,
        );
        return ok(json({ ...manifest, datasets }));
      },
      expect: ['$.datasets[1].file'],
    },
    {
      name: 'regions.json: truncated',
      file: 'regions.json',
      serve: () => ok(json(readDataFile('regions.json')).slice(0, 900)),
      expect: [/JSON/u],
    },
    {
      name: 'regions.json: a region with an unknown parent',
      file: 'regions.json',
      serve: () => {
        const file = readDataFile<{ regions: Json[] }>('regions.json');
        const regions = file.regions.map((r, i) => (i === 2 ? { ...r, parent: '159900' } : r));
        return ok(json({ ...file, regions }));
      },
      expect: ['$.regions[2].parent'],
    },
  ];
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      const errors = collectPageErrors(page);
      await breakFile(page, c.file, c.serve);
      await page.goto('/');

      // The frame stays: title, filter bar, one panel per id (each an alert or its content).
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('内蒙古数据浏览器');
      await expect(page.getByRole('search', { name: '筛选' })).toBeVisible();
      await expect(page.getByRole('combobox', { name: '主题', exact: true })).toBeVisible();
      const alerts = page.getByRole('alert').filter({ hasText: c.file });
      await expect
        .poll(() => alerts.count(), {
          message: `alerts naming ${c.file}`,
          timeout: READY_TIMEOUT,
        })
        .toBeGreaterThan(0);
      for (const alert of await alerts.all()) {
        for (const text of c.expect) await expect(alert).toContainText(text);
        await expect(alert.getByRole('button', { name: '重试', exact: true })).toBeVisible();
      }
      // Every panel keeps its place (its data-panel id), and none is left loading forever.
      for (const id of ALL_PANELS) {
        await expect(panel(page, id), `panel ${id} keeps its place`).toHaveCount(1, {
          timeout: 1_000,
        });
      }
      await waitForPanelsLoaded(page);
      const panels = await page.locator('[data-panel]').count();
      const alerted = await page.locator('[data-panel]').filter({ has: alerts }).count();
      // Nothing thrown: no render-error fallback (the root's or a panel's) either.
      await expect(page.getByText(RENDER_FAILED)).toHaveCount(0);
      expect(errorsOf(errors), `errors:\n${errors.join('\n')}`).toEqual([]);
      reportCount(
        `${await alerts.count()} alerts naming ${c.file}; ${alerted} of ${panels} ` +
          `[data-panel] elements contain one (of ${ALL_PANELS.length} panels expected)`,
      );
    });
  }
});
