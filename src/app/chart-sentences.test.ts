import { describe, expect, it } from 'vitest';
import { modelCharts } from '../charts/panel-model';
import type { PanelModel } from '../charts/panel-model';
import { openingOf, summarise } from '../data/dataset-summary';
import { buildRegionIndex } from '../data/regions';
import type { Dataset, Lang, RegionsFile } from '../data/schema';
import { selectObservations } from '../data/select';
import { explorerPanel } from '../features/dataset-explorer/dataset-explorer-panel';
import type { PanelSpec } from '../ui/panel-spec';
import { PANELS } from './registry';
import { bundledDatasets, readJson } from '../../tests/unit/load-fixtures';

const regions = buildRegionIndex(readJson('public/data/regions.json') as RegionsFile);
const datasets = bundledDatasets();
const byId = new Map(datasets.map((d): [string, Dataset] => [d.id, d]));

/** A panel built over the bundled data, nothing filtered out, as its frame would build it. */
const build = (spec: PanelSpec, lang: Lang, selectedRegion = '150000'): PanelModel | null => {
  const context = { lang, regionName: (code: string) => regions.name(code, lang), narrow: false };
  switch (spec.source) {
    case 'dataset': {
      const dataset = byId.get(spec.datasetId)!;
      const context_ = selectObservations(dataset, { indicators: spec.indicators });
      const observations = context_.filter((o) =>
        regions.selfAndDescendants(selectedRegion).has(o.region),
      );
      return spec.build(
        { dataset, regions, observations, context: context_, selectedRegion },
        context,
      );
    }
    case 'summaries':
      return spec.build({ summaries: datasets.map(summarise), regions, selectedRegion }, context);
    case 'index': {
      const dataset = byId.get(spec.entry.id)!;
      const indicator = dataset.indicators.find((i) => i.kind !== 'category')!;
      const years = dataset.observations.map((o) => o.year);
      return spec.build(
        {
          opening: openingOf(summarise(dataset)),
          regions,
          indicator,
          observations: dataset.observations.filter((o) => o.indicator === indicator.id),
          from: Math.min(...years),
          to: Math.max(...years),
        },
        context,
      );
    }
  }
};

const explorers = datasets.map((d) =>
  explorerPanel({ id: d.id, file: `datasets/${d.id}.json`, topic: d.topic, title: d.title }),
);
const charted = [...PANELS, ...explorers].filter((p) => !p.layout.chartless);

describe.each(['zh', 'en'] as const)('every chart has its sentence (%s)', (lang) => {
  it.each(charted.map((p) => [p.id, p] as const))('%s', (_, spec) => {
    const charts = modelCharts(build(spec, lang)!);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.sentence, chart.id).not.toBe('');
      expect(chart.sentence).not.toMatch(/undefined|NaN|null|\[object/);
      // A sentence in the page language: Chinese ends with 。, English with a full stop.
      expect(chart.sentence.endsWith(lang === 'zh' ? '。' : '.'), chart.sentence).toBe(true);
      if (lang === 'en') expect(chart.sentence).not.toMatch(/[\u4e00-\u9fff]/u);
    }
  });
});

const sentenceOf = (panel: string, lang: Lang, region?: string) =>
  modelCharts(
    build(
      PANELS.find((p) => p.id === panel)!,
      lang,
      region,
    )!,
  )
    .map((c) => c.sentence)
    .join(' ');

describe('sentences of the status charts and the overview', () => {
  it('five centres: a selected county is said on its own', () => {
    expect(sentenceOf('hohhot-five-centres', 'zh', '150125')).toBe(
      '2023年，武川县的危重症孕产妇救治中心、危重新生儿救治中心已建成。',
    );
    expect(sentenceOf('hohhot-five-centres', 'en', '150125')).toBe(
      'In 2023, Wuchuan County — Critical maternal care centre, Critical neonatal care centre: built.',
    );
  });

  it('medical groups: each tie as the data give it, the inferred ones marked', () => {
    expect(sentenceOf('hohhot-medical-groups', 'zh', '150125')).toBe(
      '2023年，武川县与县域医共体：正式加入（推断）。',
    );
    expect(sentenceOf('hohhot-medical-groups', 'en', '150105')).toBe(
      "In 2023, Saihan District — Inner Mongolia People's Hospital group: member (formally joined).",
    );
  });

  it('overview: figures per league/city and for the whole region', () => {
    const summaries = datasets.map(summarise);
    const total = summaries.reduce(
      (sum, s) => sum + Object.values(s.regionCounts).reduce((a, b) => a + b, 0),
      0,
    );
    const zh = sentenceOf('overview-map', 'zh');
    const numbers = [...zh.matchAll(/(\d+)条/gu)].map((m) => Number(m[1]));
    // Every figure counted once: the leagues' counts and the whole region's add up.
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(total);
    expect(zh).toMatch(
      /^本站数据中，呼和浩特市有\d+条、呼伦贝尔市有\d+条（含所辖旗县），其余10个盟市没有数据；另有\d+条全区数据。$/u,
    );
    expect(sentenceOf('overview-map', 'en')).toMatch(
      /^Figures here by league\/city \(with its counties\): Hohhot \(\d+\) and Hulunbuir \(\d+\); the other 10 have none; \d+ more are for the whole region\.$/u,
    );
  });
});
