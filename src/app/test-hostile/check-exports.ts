import { expect } from 'vitest';
import type { ExportCaption } from '../../charts/export/caption';
import { UTF8_BOM } from '../../charts/export/csv';
import type { Cell } from '../../charts/export/csv';
import type { Payload } from './hostile-data';
import { tried } from './hostile-data';

export const parseCsv = (csv: string): string[][] => {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.slice(UTF8_BOM.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      // A bare quote inside an unquoted field or a bare CR/LF would be malformed CSV.
      if (ch === '"' || ch === '\n' || ch === '\r') {
        throw new Error(`malformed CSV: stray ${JSON.stringify(ch)} at ${i}`);
      }
      cell += ch;
    }
  }
  expect(quoted).toBe(false);
  expect(cell === '' && row.length === 0).toBe(true);
  return rows;
};

/** csv.ts' convention: text starting with = + - @ (or tab/CR) is prefixed with an apostrophe. */
export const FORMULA_START = /^[=+\-@\t\r]/;
export const csvText = (cell: Cell) =>
  cell === null
    ? ''
    : typeof cell === 'number'
      ? Number.isFinite(cell)
        ? String(cell)
        : ''
      : typeof cell === 'boolean'
        ? String(cell)
        : FORMULA_START.test(cell)
          ? `'${cell}`
          : cell;

// ---------------------------------------------------------------------------------------------
// SVG: the composer's vocabulary plus what ECharts' SVG renderer draws. Nothing that runs code.

const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'rect',
  'text',
  'tspan',
  'path',
  'polygon',
  'polyline',
  'circle',
  'defs',
  'clipPath',
  'pattern',
  'linearGradient',
  'radialGradient',
  'stop',
  'filter',
  'feDropShadow',
  // ECharts' SSR output carries its hover styles as CSS.
  'style',
]);

/** The caption lines as composeSvg draws them when they fit (the hostile ones do). */
export const shortTexts = (caption: ExportCaption) => [caption.title, caption.subtitle];

/** A part of the payload that survives line wrapping and whitespace: its non-space characters. */
export const visible = (payload: Payload) => payload.replace(/\s/g, '').slice(0, 12);

export const checkSvg = (
  svg: string,
  expectedTexts: readonly string[],
  where: string,
  payload: Payload,
) => {
  // Data belongs in text nodes only: zrender writes attribute values and <style> unescaped.
  const token = visible(payload);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), where).toBeNull();
  expect(doc.documentElement.localName).toBe('svg');
  const problems: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    if (!SVG_ELEMENTS.has(el.localName)) problems.push(`<${el.localName}>`);
    for (const attr of el.getAttributeNames()) {
      const value = el.getAttribute(attr) ?? '';
      if (attr.toLowerCase().startsWith('on')) problems.push(`${attr} on <${el.localName}>`);
      if (/^\s*javascript:/i.test(value)) problems.push(`${attr}="${value}"`);
      if (token && value.includes(token)) problems.push(`data in ${attr}="${value}"`);
    }
    if (token && el.localName === 'style' && el.textContent.includes(token)) {
      problems.push('data in <style>');
    }
  }
  expect(problems, where).toEqual([]);
  const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
  for (const expected of expectedTexts) {
    // Drawn whole, or cut with an ellipsis where it would run off the image.
    const drawn = texts.some(
      (t) =>
        t === expected || (t.endsWith('…') && t.length > 1 && expected.startsWith(t.slice(0, -1))),
    );
    expect(
      drawn,
      `${where}: ${JSON.stringify(expected)} drawn as text in ${JSON.stringify(texts)}`,
    ).toBe(true);
    tried(expected, payload);
  }
  return doc;
};

// ---------------------------------------------------------------------------------------------
