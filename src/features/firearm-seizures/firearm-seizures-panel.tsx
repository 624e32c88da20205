import { sourceLine } from '../../data/describe';
import { selectObservations } from '../../data/select';
import { ChartGrid } from '../../ui/chart-grid';
import { DatasetGate } from '../../ui/dataset-gate';
import { keyFigureOf } from '../../ui/key-figure';
import { KeyFigures } from '../../ui/key-figures';
import { Panel } from '../../ui/panel';
import type { ViewProps } from '../../ui/view-props';
import {
  ENFORCEMENT_INDICATORS,
  buildFirearmSeizureOptions,
} from './build-firearm-seizures-options';

const DATASET = 'firearm-seizures-2020';
const ROW_HEIGHT = 34;
const CHROME = 48;

export function FirearmSeizuresPanel({ lang, theme }: ViewProps) {
  const title = lang === 'zh' ? '2020年枪爆物品收缴' : 'Firearm and explosive seizures, 2020';
  return (
    <DatasetGate datasetId={DATASET} lang={lang} height={520}>
      {(dataset, regions) => {
        const charts = buildFirearmSeizureOptions(dataset, {
          lang,
          regionName: (c) => regions.name(c, lang),
        });
        const enforcement = selectObservations(dataset, { indicators: ENFORCEMENT_INDICATORS });
        return (
          <Panel
            id="firearm-seizures"
            datasetId={DATASET}
            title={title}
            footer={sourceLine(dataset.sources[0], lang)}
          >
            <KeyFigures figures={enforcement.map((o) => keyFigureOf(dataset, o, lang))} />
            <ChartGrid
              charts={charts.map((c) => ({ ...c, height: CHROME + c.rows * ROW_HEIGHT }))}
              height={CHROME}
              columns={1}
              lang={lang}
              theme={theme}
            />
          </Panel>
        );
      }}
    </DatasetGate>
  );
}
