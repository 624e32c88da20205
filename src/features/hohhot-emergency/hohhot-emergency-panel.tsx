import { sourceLine } from '../../data/describe';
import { selectObservations } from '../../data/select';
import { ChartGrid } from '../../ui/chart-grid';
import { DatasetGate } from '../../ui/dataset-gate';
import { keyFigureOf } from '../../ui/key-figure';
import { KeyFigures } from '../../ui/key-figures';
import { Panel } from '../../ui/panel';
import type { ViewProps } from '../../ui/view-props';
import { EMERGENCY_FIGURES, buildEmergencyOptions } from './build-emergency-options';

const DATASET = 'hohhot-medical-groups';
const HEIGHT = 220;

export function HohhotEmergencyPanel({ lang, theme }: ViewProps) {
  const title =
    lang === 'zh' ? '呼和浩特120急救网络扩容' : "Hohhot's 120 emergency network upgrade";
  return (
    <DatasetGate datasetId={DATASET} lang={lang} height={HEIGHT + 120}>
      {(dataset, regions) => {
        const charts = buildEmergencyOptions(dataset, {
          lang,
          regionName: (c) => regions.name(c, lang),
        });
        const figures = selectObservations(dataset, { indicators: EMERGENCY_FIGURES });
        return (
          <Panel
            id="hohhot-emergency"
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
