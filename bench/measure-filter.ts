import type { Locator, Page } from '@playwright/test';
import type { ChangeResult } from './page-probe.ts';
import { snapshot } from './browser.ts';
import { log, percentile, pollFor } from './util.ts';

/*
 * Filter changes driven through the UI, as a user makes them, with the page at ?lang=en:
 * - region: the combobox named "Region" (src/ui/region-combobox.tsx): type the 6-digit code
 *   (it matches only that region), then click the listbox option showing the code;
 * - years: the selects named "From" and "To" (src/app/filter-bar.tsx), one per change.
 * Each change is timed in the page (src/page-probe.ts): from its first input event to the first
 * animation frame at which it has landed (the filter chips changed or a chart re-rendered) and
 * every [data-chart-ready] in the viewport within `scope` is "true".
 */

export interface FilterPlan {
  /** Visited in turn (a region equal to the current one is skipped). */
  regions: readonly string[];
  /** Preferred From / To values, in turn; values that would make an empty range are skipped. */
  fromYears: readonly number[];
  toYears: readonly number[];
}

export const DASHBOARD_PLAN: FilterPlan = {
  regions: [
    '150100',
    '150700',
    '150722',
    '150000',
    '150102',
    '150200',
    '150121',
    '150781',
    '152500',
  ],
  fromYears: [2015, 2014, 2017, 2016, 2019, 2018, 2020],
  toYears: [2020, 2023, 2019, 2021, 2018, 2022, 2017],
};

export interface FilterSession {
  /** One per change, ms; null when the change did not settle in time. */
  samples: (number | null)[];
  p50: number | null;
  p95: number | null;
  /** Long tasks (> 50 ms) that started during the session. */
  longTasks: number;
  failures: string[];
  /** What each change was, for the raw data. */
  steps: string[];
}

const SETTLE_TIMEOUT_MS = 15_000;
/** Between changes, so one change's trailing work (URL write, idle callbacks) is not the next's. */
const GAP_MS = 300;

async function yearOptions(select: Locator): Promise<number[]> {
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  return values.filter((v) => /^\d{4}$/u.test(v)).map(Number);
}

const asYear = (value: string): number | null => (/^\d{4}$/u.test(value) ? Number(value) : null);

export async function runFilterChanges(
  page: Page,
  {
    scope,
    changes,
    plan,
    settleTimeoutMs = SETTLE_TIMEOUT_MS,
  }: { scope: string; changes: number; plan: FilterPlan; settleTimeoutMs?: number },
): Promise<FilterSession> {
  const region = page.getByRole('combobox', { name: 'Region', exact: true });
  const from = page.getByRole('combobox', { name: 'From', exact: true });
  const to = page.getByRole('combobox', { name: 'To', exact: true });
  const options = page.getByRole('listbox').getByRole('option');
  // The year selects list the years of every dataset once all summaries are in.
  const years = await pollFor(
    () => yearOptions(from),
    (found) => found.length >= 2,
    settleTimeoutMs,
  );
  const available = new Set(years);
  if (available.size < 2) throw new Error(`the From select offers ${available.size} years`);

  const samples: (number | null)[] = [];
  const failures: string[] = [];
  const steps: string[] = [];
  let regionTurn = 0;
  let fromTurn = 0;
  let toTurn = 0;
  let current = '150000';
  const startedAt = (await snapshot(page)).now;

  for (let i = 0; i < changes; i += 1) {
    let step: string;
    let dispatch: () => Promise<unknown>;
    if (i % 2 === 0) {
      let code = plan.regions[regionTurn++ % plan.regions.length] ?? '150000';
      if (code === current) code = plan.regions[regionTurn++ % plan.regions.length] ?? '150000';
      await region.click();
      await region.fill(code);
      const option = options.filter({ hasText: code }).first();
      await option.waitFor({ state: 'visible', timeout: 5_000 });
      step = `region=${code}`;
      current = code;
      dispatch = () => option.click();
    } else {
      const lo = asYear(await from.inputValue());
      const hi = asYear(await to.inputValue());
      const setFrom = (i >> 1) % 2 === 0;
      const list = setFrom ? plan.fromYears : plan.toYears;
      let year: number | undefined;
      for (let k = 0; k < list.length && year === undefined; k += 1) {
        const y = list[(setFrom ? fromTurn++ : toTurn++) % list.length];
        if (y === undefined || !available.has(y)) continue;
        const valid = setFrom
          ? y !== lo && (hi === null || y <= hi)
          : y !== hi && (lo === null || y >= lo);
        if (valid) year = y;
      }
      if (year === undefined)
        throw new Error(`no valid ${setFrom ? 'From' : 'To'} year in the plan`);
      const select = setFrom ? from : to;
      const value = String(year);
      step = `${setFrom ? 'from' : 'to'}=${value}`;
      dispatch = () => select.selectOption(value);
    }

    await page.evaluate(({ scope: s, timeout }) => window.__imdeBench?.arm(s, timeout), {
      scope,
      timeout: settleTimeoutMs,
    });
    await dispatch();
    const result: ChangeResult = await page.evaluate(
      () => window.__imdeBench?.settled() ?? Promise.reject(new Error('no bench probe')),
    );
    samples.push(result.ms);
    steps.push(step);
    if (!result.ok) failures.push(`${step}: ${result.reason ?? 'did not settle'}`);
    await page.waitForTimeout(GAP_MS);
  }

  const end = await snapshot(page);
  const longTasks = end.longTasks.filter(
    (t) => t.duration > 50 && t.start >= startedAt && t.start <= end.now,
  ).length;
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  log(
    `  filter: ${samples.length} changes, p50 ${p50?.toFixed(0) ?? '–'} ms, p95 ${p95?.toFixed(0) ?? '–'} ms, ${failures.length} unsettled`,
  );
  return { samples, p50, p95, longTasks, failures, steps };
}
