import type { EChartsCoreOption } from 'echarts/core';
import { expect } from 'vitest';
import type { Payload } from './hostile-data';
import { counts, tried } from './hostile-data';
import type { Built } from './panel-models';

// Walking an option: every string a formatter, label or tooltip shows.
// ---------------------------------------------------------------------------------------------
// Walking an option.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Visit {
  path: string[];
  key: string;
  value: unknown;
  /** The objects from the root down to the parent: ECharts' text style inheritance follows them. */
  ancestors: Obj[];
}

const walk = (
  node: unknown,
  visit: (v: Visit) => void,
  path: string[] = [],
  ancestors: Obj[] = [],
) => {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, visit, [...path, String(i)], ancestors));
    return;
  }
  if (!isObj(node)) return;
  const chain = [...ancestors, node];
  for (const [key, value] of Object.entries(node)) {
    visit({ path, key, value, ancestors: chain });
    walk(value, visit, [...path, key], chain);
  }
};

/** zrender's rich-text token: `{styleName|text}` (zrender/src/graphic/helper/parseText.ts). */
const RICH_TOKEN = /\{([a-zA-Z0-9_]+)\|([^}]*)\}/g;

const richNames = (ancestors: readonly Obj[]): Set<string> =>
  new Set(ancestors.flatMap((a) => (isObj(a.rich) ? Object.keys(a.rich) : [])));

const FORBIDDEN_HTML = /<\s*\/?\s*(img|script)\b/i;

/** The only tags tooltipHtml writes: div and span with an inline style of its own. */
const TOOLTIP_TAG = /^<(?:(div|span)(?: style="[\w\s:;,.%()#-]*")?|\/(div|span))>$/;
const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * Tooltip HTML: only the markup tooltipHtml writes; the data is text and all of it is there.
 * Every "<" must open one of those tags, so no data can start an element; `parse` also lets
 * the DOM parse it (slower; done for the first tooltip of each option).
 */
const checkTooltipHtml = (html: unknown, payload: Payload, where: string, parse: boolean) => {
  expect(typeof html, where).toBe('string');
  const text = html as string;
  expect(text, where).not.toMatch(FORBIDDEN_HTML);
  const tags = text.match(/<[^>]*>?/g) ?? [];
  expect(
    tags.filter((tag) => !TOOLTIP_TAG.test(tag)),
    where,
  ).toEqual([]);
  const shown = text
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e]!);
  expect(shown, where).toContain(payload);
  if (parse) {
    const template = document.createElement('template');
    template.innerHTML = text;
    const unexpected = [...template.content.querySelectorAll('*')].flatMap((el) => [
      ...(['DIV', 'SPAN'].includes(el.tagName) ? [] : [`<${el.tagName}>`]),
      ...el.getAttributeNames().filter((a) => a !== 'style'),
    ]);
    expect(unexpected, where).toEqual([]);
    expect(template.content.textContent, where).toBe(shown);
  }
  tried(shown, payload);
};

/** Canvas text: verbatim, never HTML-escaped, and no rich markup unless the code wrote it. */
const checkCanvasText = (
  text: unknown,
  rich: ReadonlySet<string>,
  where: string,
  payload: Payload,
) => {
  expect(typeof text, where).toBe('string');
  const s = text as string;
  expect(s, where).not.toMatch(/&(lt|gt|amp|quot|#39);/);
  if (rich.size > 0) {
    const left = s.replace(RICH_TOKEN, (token, name: string, inner: string) => {
      counts.richTokens += 1;
      expect(rich.has(name), `${where}: data became the rich style "${name}" in ${token}`).toBe(
        true,
      );
      return inner;
    });
    expect(left, `${where}: braces from the data reach rich text`).not.toMatch(/[{}]/);
  }
  tried(s, payload);
};

interface SeriesLike {
  name?: unknown;
  data?: unknown;
}

/** Parameters as ECharts passes them to item formatters, from the series' own data. */
const itemParams = (option: EChartsCoreOption) => {
  const series = (Array.isArray(option.series) ? option.series : [option.series]) as SeriesLike[];
  return series.flatMap((s, seriesIndex) =>
    (Array.isArray(s.data) ? (s.data as unknown[]) : []).flatMap((data, dataIndex) =>
      data === null || data === undefined
        ? []
        : [
            {
              componentType: 'series',
              seriesIndex,
              seriesName: s.name,
              dataIndex,
              data,
              value: isObj(data) ? data.value : data,
              name: isObj(data) && typeof data.name === 'string' ? data.name : String(dataIndex),
            },
          ],
    ),
  );
};

/** Calls every formatter of an option with what ECharts would give it, and checks the output. */
export const checkOption = (built: Built, payload: Payload) => {
  const { option, panel } = built;
  const params = itemParams(option);
  expect(params.length, `${panel} has data`).toBeGreaterThan(0);
  let formatters = 0;
  walk(option, ({ path, key, value, ancestors }) => {
    const where = `${panel} ${[...path, key].join('.')}`;
    if (key === 'formatter' && typeof value === 'string') {
      // A string formatter is an ECharts template: it must come from code, never from data.
      expect(value, where).not.toContain(payload.trim() || '\u0000');
      return;
    }
    if (key !== 'formatter' || typeof value !== 'function') return;
    formatters += 1;
    const call = value as (arg: unknown) => unknown;
    if (path.includes('tooltip')) {
      params.forEach((p, i) => checkTooltipHtml(call(p), payload, where, i === 0));
    } else if (path.at(-1) === 'axisLabel') {
      const axis = ancestors.at(-2);
      const data = axis && Array.isArray(axis.data) ? (axis.data as unknown[]) : [0, 1.5, 1e6];
      for (const d of data) checkCanvasText(call(d), richNames(ancestors), where, payload);
    } else {
      for (const p of params) checkCanvasText(call(p), richNames(ancestors), where, payload);
    }
  });
  expect(formatters, `${panel} formatters`).toBeGreaterThan(0);

  // Plain strings in the option are drawn as canvas text: in a rich-text scope they must carry
  // no markup; everywhere else ECharts shows them as they are.
  walk(option, ({ path, key, value, ancestors }) => {
    if (typeof value !== 'string' || key === 'formatter') return;
    const rich = richNames(ancestors);
    if (rich.size === 0 || !value.includes(payload.trim() || '\u0000')) return;
    checkCanvasText(value, rich, `${panel} ${[...path, key].join('.')}`, payload);
  });

  // ECharts sets an aria description with setAttribute: plain text, never pre-escaped.
  const aria = (option as { aria?: { label?: { description?: unknown } } }).aria;
  const description = aria?.label?.description;
  if (typeof description === 'string') {
    expect(description, `${panel} aria`).not.toMatch(/&(lt|gt|amp|quot|#39);/);
    tried(description, payload);
  }

  // The text React shows next to the chart: verbatim (React escapes it), never pre-escaped.
  for (const text of [built.title, ...built.texts]) {
    expect(text).not.toMatch(/&(lt|gt|amp|quot|#39);/);
    tried(text, payload);
  }
};

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180) read back the way a spreadsheet would split it.
