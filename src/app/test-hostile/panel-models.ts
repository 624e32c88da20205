import type { EChartsCoreOption } from 'echarts/core';
import type { PanelModel } from '../../charts/panel-model';
import { modelCharts } from '../../charts/panel-model';
import { openingOf, summarise } from '../../data/dataset-summary';
import type { Dataset, Lang } from '../../data/schema';
import { selectObservations } from '../../data/select';
import { explorerPanel } from '../../features/dataset-explorer/dataset-explorer-panel';
import type { PanelSpec, SpecContext } from '../../ui/panel-spec';
import { PANELS } from '../registry';
import type { Hostile } from './hostile-data';
import { datasetOf, manifest } from './hostile-data';

/** One chart of a built panel, with every text React renders around it. */
export interface Built {
  panel: string;
  title: string;
  option: EChartsCoreOption;
  texts: string[];
}

/** Every string of a model that is not inside an ECharts option: React renders these. */
export const modelTexts = (model: PanelModel): string[] => [
  ...model.sections.flatMap((s) => [
    ...(s.heading ? [s.heading] : []),
    ...s.figures.flatMap((f) => [f.label, f.value, f.detail ?? '', f.quote ?? '']),
    ...s.charts.flatMap((c) => [
      c.title,
      c.caption ?? '',
      c.sentence,
      c.hint ?? '',
      ...(c.key?.entries ?? []).flatMap((e) => [e.label, ...(e.regions ?? []).map((r) => r.name)]),
    ]),
  ]),
  ...model.notes,
  ...(model.table?.rows.flatMap((r) => r.cells) ?? []),
  ...(model.sources ?? []),
];

const explorerSpecs = (h: Hostile) =>
  manifest.datasets.map((entry) => {
    const dataset = datasetOf(h, entry.id);
    return explorerPanel({
      id: dataset.id,
      file: `datasets/${dataset.id}.json`,
      topic: dataset.topic,
      title: dataset.title,
    });
  });

/** Builds one panel from the hostile data as its frame would, with nothing filtered out. */
const buildSpec = (
  spec: PanelSpec,
  h: Hostile,
  context: SpecContext,
  selectedRegion: string,
): PanelModel | null => {
  switch (spec.source) {
    case 'dataset': {
      const dataset = datasetOf(h, spec.datasetId);
      const observations = selectObservations(dataset, { indicators: spec.indicators });
      return spec.build(
        { dataset, regions: h.regions, observations, context: observations, selectedRegion },
        context,
      );
    }
    case 'summaries':
      return spec.build(
        { summaries: [...h.datasets.values()].map(summarise), regions: h.regions, selectedRegion },
        context,
      );
    case 'index': {
      // The generic explorer, on the first numeric indicator of its dataset over its years.
      const dataset: Dataset = datasetOf(h, spec.entry.id);
      const indicator = dataset.indicators.find((i) => i.kind !== 'category');
      const years = dataset.observations.map((o) => o.year);
      if (!indicator) return null;
      return spec.build(
        {
          opening: openingOf(summarise(dataset)),
          regions: h.regions,
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

/** Every registry panel (and every dataset's explorer) built from the hostile data. */
export const buildAll = (h: Hostile, lang: Lang, selectedRegion: string): Built[] => {
  const context: SpecContext = {
    lang,
    narrow: false,
    regionName: (code) => h.regions.name(code, lang),
  };
  return [...PANELS, ...explorerSpecs(h)].flatMap((spec) => {
    const model = buildSpec(spec, h, context, selectedRegion);
    if (!model) return [];
    const texts = modelTexts(model).filter(Boolean);
    return modelCharts(model).map((c) => ({
      panel: spec.id,
      title: c.title,
      option: c.option,
      texts,
    }));
  });
};

/** Every panel with charts buildAll covers: registry panels and each dataset's explorer. */
export const builtPanelIds = (h: Hostile): string[] =>
  [...PANELS, ...explorerSpecs(h)].filter((spec) => !spec.layout.chartless).map((spec) => spec.id);
