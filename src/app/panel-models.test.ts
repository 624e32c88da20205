import { describe, expect, it } from 'vitest';
import type { PanelModel } from '../charts/panel-model';
import { buildRegionIndex } from '../data/regions';
import type { Dataset, Lang, RegionsFile } from '../data/schema';
import { selectObservations } from '../data/select';
import type { DatasetPanelSpec } from '../ui/panel-spec';
import { PANELS } from './registry';
import { bundledDatasets, readJson } from '../../tests/unit/load-fixtures';

const regions = buildRegionIndex(readJson('public/data/regions.json') as RegionsFile);
const datasets = new Map(bundledDatasets().map((d): [string, Dataset] => [d.id, d]));

/** What a reader sees of a model, without the ECharts options' functions. */
const readable = (model: PanelModel) => ({
  sections: model.sections.map((s) => ({
    heading: s.heading,
    figures: s.figures.map((f) => `${f.label} = ${f.value} (${f.detail ?? ''})`),
    charts: s.charts.map((c) => ({
      id: c.id,
      title: c.title,
      height: c.height,
      caption: c.caption,
      sentence: c.sentence,
      key: c.key?.entries.map((e) => e.label),
      series: ((c.option.series ?? []) as { id?: string; data?: unknown[] }[]).map(
        (series) => `${series.id ?? '?'}: ${series.data?.length ?? 0} items`,
      ),
    })),
  })),
  notes: model.notes,
});

const build = (spec: DatasetPanelSpec, lang: Lang) => {
  const dataset = datasets.get(spec.datasetId);
  if (!dataset) throw new Error(`no dataset ${spec.datasetId}`);
  const observations = selectObservations(dataset, { indicators: spec.indicators });
  return spec.build(
    { dataset, regions, observations, context: observations, selectedRegion: '150000' },
    { lang, regionName: (code) => regions.name(code, lang), narrow: false },
  );
};

// Reviewed snapshots of every dataset panel's model over the bundled data, in both languages:
// a change to a builder, a spec or the data shows up here as a diff to read.
describe.each(['zh', 'en'] as const)('every panel model (%s)', (lang) => {
  it.each(
    PANELS.filter((p): p is DatasetPanelSpec => p.source === 'dataset').map((p) => [p.id, p]),
  )('%s', (_, spec) => {
    const model = build(spec, lang);
    expect(model.sections.length).toBeGreaterThan(0);
    expect(readable(model)).toMatchSnapshot();
  });
});
