import { render } from '@testing-library/react';
import { createLoader } from 'nuqs';
import type { inferParserType } from 'nuqs';
import { createElement } from 'react';
import { expect } from 'vitest';
import { figureId } from '../../data/figure-id';
import { LANGS, TOPICS } from '../../data/vocabulary';
import type { RegionsFile } from '../../data/schema';
import { PANEL_TABS } from '../../ui/view-props';
import { PANEL_IDS } from '../registry';
import { UrlNotice } from '../url-notice';
import {
  THEMES,
  applyFigure,
  applyFilters,
  auditSearch,
  serializeView,
  parserOf,
  tabKey,
  viewParsers,
  withoutDropped,
} from '../view-state';
import type { AuditContext, Dropped, ViewParam } from '../view-state';
import { bundledDatasets, readJson } from '../../../tests/unit/load-fixtures';

/**
 * The real audit context (the regions of regions.json, the years and figures of the bundled
 * datasets), the view as the app applies it, and the contract every query string must meet.
 */

export const SEED = 20261122;

export const regionCodes = (readJson('public/data/regions.json') as RegionsFile).regions.map(
  (r) => r.code,
);
const allYears = bundledDatasets().flatMap((d) => d.observations.map((o) => o.year));
export const figureIds = bundledDatasets().flatMap((d) =>
  d.observations.map((o) => figureId(d.id, o)),
);
export const knownFigures = new Set(figureIds);
export const ctx: AuditContext = {
  regionCodes: new Set(regionCodes),
  years: [Math.min(...allYears), Math.max(...allYears)],
  figureKnown: (id) => knownFigures.has(id),
};
export const [FIRST_YEAR, LAST_YEAR] = ctx.years;
export const VIEW_PARAMS = Object.keys(viewParsers) as ViewParam[];
export const isViewParam = (key: string): key is ViewParam => Object.hasOwn(viewParsers, key);

// ---------------------------------------------------------------------------------------------
// The view as the app applies it: nuqs reads the URL (first value of a key), then applyFilters
// checks the filters against the data (src/app/use-view.ts).

const loadView = createLoader(viewParsers);
type View = inferParserType<typeof viewParsers>;

const appliedView = (search: string): View => {
  const state: View = loadView(search);
  return { ...state, ...applyFilters(state, ctx), figure: applyFigure(state.figure, ctx) };
};
export const DEFAULT_VIEW = appliedView('');

const checkValidView = (view: View) => {
  expect(ctx.regionCodes.has(view.region), view.region).toBe(true);
  for (const year of [view.from, view.to]) {
    if (year !== null) {
      expect(Number.isInteger(year)).toBe(true);
      expect(year).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(year).toBeLessThanOrEqual(LAST_YEAR);
    }
  }
  if (view.from !== null && view.to !== null) expect(view.from).toBeLessThanOrEqual(view.to);
  expect(view.topic === null || (TOPICS as readonly string[]).includes(view.topic)).toBe(true);
  expect(LANGS).toContain(view.lang);
  expect(view.theme === null || (THEMES as readonly string[]).includes(view.theme)).toBe(true);
  expect(view.embed === null || PANEL_IDS.includes(view.embed)).toBe(true);
  expect(['undefined', 'boolean']).toContain(typeof (view as Record<string, unknown>).patterns);
  expect(view.figure === null || /^[0-9a-z]{4}-[0-9a-z]{10}$/.test(view.figure)).toBe(true);
  for (const id of PANEL_IDS) expect(PANEL_TABS).toContain(view[tabKey(id)]);
};

/** What the app leaves in the address bar: withoutDropped, then nuqs clearing the dropped keys. */
const rewrite = (search: string, dropped: readonly Dropped[]) => {
  const rewritten = withoutDropped(search, dropped);
  const cleared = Object.fromEntries(
    dropped.filter((d) => isViewParam(d.param)).map((d) => [d.param, null]),
  );
  return { rewritten, final: serializeView(rewritten, cleared) };
};

/** Every decoded (key, value) pair of a search, in order. */
export const entriesOf = (search: string) => [...new URLSearchParams(search)];

/** The checks every query string must pass; returns the dropped list for further checks. */
export const checkContract = (search: string): Dropped[] => {
  const dropped = auditSearch(search, ctx);
  const entries = entriesOf(search);
  const keys = [...new Set(entries.map(([k]) => k))];
  const droppedParams = dropped.map((d) => d.param);

  // Each dropped parameter is in the URL, once in the list, with a known reason and its value.
  expect(new Set(droppedParams).size).toBe(droppedParams.length);
  for (const d of dropped) {
    expect(keys).toContain(d.param);
    const values = entries.filter(([k]) => k === d.param).map(([, v]) => v);
    if (d.reason === 'repeated') {
      expect(values.length).toBeGreaterThan(1);
      expect(d.value).toBe(values.join(', '));
    } else {
      expect(values).toHaveLength(1);
      expect(d.value).toBe(d.reason === 'from-after-to' ? String(Number(values[0])) : values[0]);
    }
  }

  const { rewritten, final } = rewrite(search, dropped);
  const view = appliedView(final);
  checkValidView(view);

  // Whatever is not dropped is applied exactly as written, and stays in the URL.
  const kept = new URLSearchParams(rewritten);
  for (const key of keys) {
    if (droppedParams.includes(key)) {
      expect(kept.has(key), `${key} was dropped but is still in ${rewritten}`).toBe(false);
      if (isViewParam(key)) expect(view[key], key).toEqual(DEFAULT_VIEW[key]);
      continue;
    }
    expect(isViewParam(key), `${JSON.stringify(key)} is applied but not a view parameter`).toBe(
      true,
    );
    const values = entries.filter(([k]) => k === key).map(([, v]) => v);
    expect(values).toHaveLength(1);
    expect(kept.getAll(key)).toEqual(values);
    const parsed: unknown = parserOf(key as ViewParam).parse(values[0]!);
    expect(parsed, `${key}=${values[0]} is kept but does not parse`).not.toBeNull();
    expect(view[key as ViewParam], `${key}=${values[0]} is kept but not applied`).toEqual(parsed);
  }

  // The rewritten URL is a fixed point: nothing more to drop, the same view, the same string.
  expect(auditSearch(rewritten, ctx)).toEqual([]);
  expect(auditSearch(final, ctx)).toEqual([]);
  expect(appliedView(rewritten)).toEqual(view);
  expect(withoutDropped(rewritten, [])).toBe(rewritten);
  expect(rewrite(final, []).final).toBe(final);

  // Until the URL is rewritten, nuqs applies the first of repeated values; everything else
  // already shows the view that the rewritten URL will hold.
  if (!dropped.some((d) => d.reason === 'repeated')) expect(appliedView(search)).toEqual(view);
  return dropped;
};

/** The notice names each dropped parameter with its reason, one list item each. */
export const checkNotice = (dropped: readonly Dropped[]) => {
  const { container, unmount } = render(
    createElement(UrlNotice, { dropped, lang: 'en', onDismiss: () => undefined }),
  );
  const items = [...container.querySelectorAll('li')];
  expect(items).toHaveLength(dropped.length);
  dropped.forEach((d, i) => {
    const code = items[i]!.querySelector('code')?.textContent ?? '';
    expect(code.startsWith(`${d.param}=`)).toBe(true);
    expect(items[i]!.textContent).not.toMatch(/notice\.reason/);
  });
  unmount();
};
