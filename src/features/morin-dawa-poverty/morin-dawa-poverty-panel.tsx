import { sourceLine } from '../../data/describe';
import { selectObservations } from '../../data/select';
import { ChartGrid } from '../../ui/chart-grid';
import { DatasetGate } from '../../ui/dataset-gate';
import { keyFigureOf } from '../../ui/key-figure';
import { KeyFigures } from '../../ui/key-figures';
import { Panel } from '../../ui/panel';
import type { ViewProps } from '../../ui/view-props';
import { FIGURE_INDICATORS, buildMorinDawaOptions } from './build-morin-dawa-options';

const DATASET = 'morin-dawa-poverty';
const HEIGHT = 220;

export function MorinDawaPovertyPanel({ lang, theme }: ViewProps) {
  const title =
    lang === 'zh' ? '莫力达瓦旗脱贫 2014→2019' : 'Morin Dawa banner out of poverty, 2014→2019';
  return (
    <DatasetGate datasetId={DATASET} lang={lang} height={HEIGHT + 160}>
      {(dataset, regions) => {
        const charts = buildMorinDawaOptions(dataset, {
          lang,
          regionName: (c) => regions.name(c, lang),
        });
        const figures = selectObservations(dataset, { indicators: FIGURE_INDICATORS });
        return (
          <Panel
            id="morin-dawa-poverty"
            datasetId={DATASET}
            title={title}
            footer={sourceLine(dataset.sources[0], lang)}
          >
            <ChartGrid charts={charts} height={HEIGHT} columns={2} lang={lang} theme={theme} />
            <KeyFigures figures={figures.map((o) => keyFigureOf(dataset, o, lang))} />
          </Panel>
        );
      }}
    </DatasetGate>
  );
}
