import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOption } from './test-hostile/check-option';
import { CITY, LANGS_TRIED, counts, humanStrings, manifest } from './test-hostile/hostile-data';
import { buildAll, builtPanelIds } from './test-hostile/panel-models';
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

/** Panels whose option changes with the selected region beyond the filter. */
const SELECTION_PANELS = PANELS.filter(
  (p) => p.source === 'summaries' || (p.source === 'dataset' && p.keepContext === true),
).map((p) => p.id);

describe('the hostile copies', () => {
  it('reach every feature folder through the registry', () => {
    // A feature folder whose panel is not in the registry would never meet the payloads.
    const folders = readdirSync(join(process.cwd(), 'src/features'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    const ids = new Set([...PANELS.map((p) => p.id), 'dataset-explorer']);
    expect(folders.filter((f) => !ids.has(f))).toEqual([]);
  });

  it.each(cases)('carry %s in every human-readable string and still validate', (_, h) => {
    expect([...h.datasets.keys()].sort()).toEqual(manifest.datasets.map((d) => d.id).sort());
    for (const dataset of h.datasets.values()) {
      const strings = humanStrings(dataset);
      expect(strings.length).toBeGreaterThan(20);
      expect(strings.filter((s) => !s.includes(h.payload))).toEqual([]);
    }
    const names = h.regions.all.flatMap((r) => [r.name.zh, r.name.en]);
    expect(names.filter((s) => !s.includes(h.payload))).toEqual([]);
  });
});

describe('hostile strings in every chart option', () => {
  it.each(cases)(
    'shows %s as text in every formatter, label and caption',
    (_, h) => {
      const before = counts.places;
      const tokensBefore = counts.richTokens;
      const divisions = h.regions.children(CITY).map((r) => r.code);
      for (const lang of LANGS_TRIED) {
        const built = buildAll(h, lang, '150000');
        expect(new Set(built.map((b) => b.panel))).toEqual(new Set(builtPanelIds(h)));
        for (const b of built) checkOption(b, h.payload);
        // A selected county: the five-centres row highlight (rich text) and the map's edge.
        for (const b of buildAll(h, lang, divisions[1] ?? CITY)) {
          if (SELECTION_PANELS.includes(b.panel)) checkOption(b, h.payload);
        }
      }
      expect(counts.places - before).toBeGreaterThanOrEqual(700);
      // The selected county's row was highlighted through rich text, and checked.
      expect(counts.richTokens - tokensBefore).toBeGreaterThan(0);
    },
    60_000,
  );
});
