import { beforeAll, describe, expect, it } from 'vitest';
import { exportCaption } from '../charts/export/caption';
import type { ExportCaption } from '../charts/export/caption';
import { BACKGROUNDS, composeSvg, layoutCells } from '../charts/export/compose-svg';
import { toCsv } from '../charts/export/csv';
import { toJson } from '../charts/export/json';
import { embedCode, embedUrl } from '../charts/export/share';
import { exportReadme } from '../charts/export/readme';
import { RECORD_COLUMNS, exportRecords } from '../charts/export/records';
import { renderExportSvg } from '../charts/export/render';
import { observationRows } from '../charts/observation-row';
import { sourceLine } from '../data/describe';
import {
  FORMULA_START,
  checkSvg,
  csvText,
  parseCsv,
  shortTexts,
  visible,
} from './test-hostile/check-exports';
import { CITY, LANGS_TRIED, PAYLOADS, counts, tried, wrap } from './test-hostile/hostile-data';
import { buildAll } from './test-hostile/panel-models';
import { PANELS } from './registry';
import { cases, prepareCharts } from './test-hostile/hostile-setup';

/**
 * Every string that comes from the data is shown as text. Each real dataset (and regions.json)
 * is copied with every human-readable string wrapped in a payload; every registry panel is
 * built from the copy in both languages, every formatter is called, and every export is parsed
 * back. HTML sinks (tooltips, the SVG) must carry the payload as escaped text; canvas sinks
 * (labels, axis names, legends) must carry it verbatim and, where ECharts parses rich text,
 * without markup of the data's own; CSV cells must not start a formula.
 */

beforeAll(prepareCharts);

describe('hostile strings in every export', () => {
  it.each(cases)(
    'guards %s in CSV, keeps it in JSON and README, escapes it in SVG',
    (_, h) => {
      const before = counts.places;
      for (const lang of LANGS_TRIED) {
        for (const dataset of h.datasets.values()) {
          const regionName = (code: string) => h.regions.name(code, lang);
          const rows = observationRows(dataset, dataset.observations, regionName, lang);
          const records = exportRecords(rows, lang);

          // CSV: every cell reads back as written, and none starts a formula.
          const cells = parseCsv(toCsv(RECORD_COLUMNS, records));
          expect(cells).toEqual([
            [...RECORD_COLUMNS],
            ...records.map((record) => RECORD_COLUMNS.map((column) => csvText(record[column]))),
          ]);
          expect(
            cells
              .slice(1)
              .flat()
              .filter((cell) => FORMULA_START.test(cell)),
          ).toEqual([]);
          for (const record of records) {
            for (const column of RECORD_COLUMNS) {
              const value = record[column];
              if (typeof value === 'string') tried(value, h.payload);
            }
          }

          // JSON: data, so the strings come back exactly as they are.
          const filters = {
            region: '150000',
            regionName: h.regions.name('150000', lang),
            from: null,
            to: null,
          };
          const json = JSON.parse(
            toJson({
              panel: dataset.id,
              title: dataset.title[lang],
              filters,
              sources: dataset.sources,
              records,
            }),
          ) as { title: string; filters: unknown; observations: unknown };
          expect(json.title).toBe(dataset.title[lang]);
          expect(json.filters).toEqual(filters);
          expect(json.observations).toEqual(records);
          tried(json.title, h.payload);

          // Caption and composed SVG: the caption is text, the composer escapes it.
          const caption = exportCaption({
            title: dataset.title[lang],
            filters: { region: '150000', from: null, to: null },
            regionName,
            regions: rows.map((r) => r.regionCode),
            years: rows.map((r) => r.year),
            sources: dataset.sources,
            lang,
          });
          expect(caption.title).toBe(dataset.title[lang]);
          expect(caption.subtitle).toContain(h.regions.name('150000', lang));
          expect(caption.footer).toContain(sourceLine(dataset.sources[0], lang));
          for (const line of [caption.title, caption.subtitle, caption.footer])
            tried(line, h.payload);
          for (const background of BACKGROUNDS) {
            const [cell] = layoutCells(1, 'landscape');
            const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
            const svg = composeSvg(
              caption,
              [{ title: dataset.title[lang], svg: chart, cell: cell! }],
              'landscape',
              background,
            );
            checkSvg(svg, shortTexts(caption), `${dataset.id} ${lang} ${background}`, h.payload);
          }

          // Embed code: one iframe, the title and the charts' sentence (its text alternative)
          // attribute values that read back as written.
          const sentence = `${dataset.description[lang]} ${dataset.title[lang]}`;
          const embed = document.createElement('template');
          embed.innerHTML = embedCode(
            embedUrl('https://example.test/?lang=en#x', `explore-${dataset.id}`),
            dataset.title[lang],
            400,
            sentence,
          );
          // One iframe and our sizing script, whatever the strings.
          const elements = [...embed.content.querySelectorAll('*')];
          expect(elements.map((el) => el.tagName)).toEqual(['IFRAME', 'SCRIPT']);
          expect(elements[1]!.getAttribute('src')).toBe('https://example.test/embed.js');
          expect(elements[1]!.textContent).toBe('');
          const frames = elements.slice(0, 1);
          expect(frames[0]!.getAttributeNames().sort()).toEqual(
            [
              'aria-description',
              'data-imde-embed',
              'height',
              'loading',
              'src',
              'style',
              'title',
              'width',
            ].sort(),
          );
          expect(frames[0]!.getAttribute('title')).toBe(dataset.title[lang]);
          expect(frames[0]!.getAttribute('aria-description')).toBe(sentence);
          tried(frames[0]!.getAttribute('title'), h.payload);
          tried(frames[0]!.getAttribute('aria-description'), h.payload);

          // README of "Export all": plain text, the titles and sources as they are.
          const readme = exportReadme(
            {
              url: 'https://example.test/?lang=en',
              filters: caption.subtitle,
              panels: [
                {
                  title: dataset.title[lang],
                  files: [`${dataset.id}.csv`],
                  rows: records.length,
                  sources: dataset.sources.map((s) => sourceLine(s, lang)),
                  sentences: [sentence],
                },
              ],
            },
            lang,
          );
          expect(readme).toContain(`== ${dataset.title[lang]}`);
          expect(readme).toContain(sentence);
          for (const s of dataset.sources) expect(readme).toContain(sourceLine(s, lang));
          tried(readme, h.payload);
        }
      }
      expect(counts.places - before).toBeGreaterThanOrEqual(1800);
    },
    60_000,
  );

  it.each(cases)(
    'draws %s as escaped text when ECharts renders each chart to SVG',
    (_, h) => {
      const before = counts.places;
      // One language per payload, alternating: both languages meet half the payloads each.
      for (const lang of [LANGS_TRIED[PAYLOADS.indexOf(h.payload) % 2]!]) {
        for (const built of buildAll(h, lang, h.regions.children(CITY)[1]?.code ?? CITY)) {
          const caption: ExportCaption = {
            title: built.title,
            subtitle: h.regions.name('150000', lang),
            footer: wrap('footer', h.payload),
          };
          const svg = renderExportSvg({
            caption,
            charts: [{ title: built.title, option: built.option }],
            preset: 'landscape',
            background: 'light',
            lang,
          });
          const doc = checkSvg(svg, [caption.subtitle], `${built.panel} ${lang}`, h.payload);
          // The data's text is in the drawing, as text (possibly wrapped over several lines).
          const drawn = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('');
          expect(drawn.replace(/\s/g, ''), built.panel).toContain(visible(h.payload));
          tried(drawn, h.payload);
        }
      }
      // Three places at least for each registry panel and for the generic explorer.
      expect(counts.places - before).toBeGreaterThanOrEqual(3 * (PANELS.length + 1));
    },
    60_000,
  );
});
