import { useMemo } from 'react';
import { sourceLine } from '../../data/describe';
import { ChartGrid } from '../../ui/chart-grid';
import { DatasetGate } from '../../ui/dataset-gate';
import { Panel } from '../../ui/panel';
import type { ViewProps } from '../../ui/view-props';
import type { RegionIndex } from '../../data/regions';
import type { Dataset } from '../../data/schema';
import { buildHealthOutcomesOptions } from './build-health-outcomes-options';

const DATASET = 'health-13th-fyp';
const HEIGHT = 220;

export function HealthOutcomesPanel(view: ViewProps) {
  const title = view.lang === 'zh' ? '健康水平 2015→2019' : 'Health outcomes 2015→2019';
  return (
    <DatasetGate datasetId={DATASET} lang={view.lang} height={HEIGHT * 3}>
      {(dataset, regions) => (
        <Panel
          id="health-outcomes"
          datasetId={DATASET}
          title={title}
          footer={sourceLine(dataset.sources[0], view.lang)}
        >
          <Charts dataset={dataset} regions={regions} {...view} />
        </Panel>
      )}
    </DatasetGate>
  );
}

function Charts({
  dataset,
  regions,
  lang,
  theme,
}: ViewProps & { dataset: Dataset; regions: RegionIndex }) {
  const charts = useMemo(
    () =>
      buildHealthOutcomesOptions(dataset, { lang, regionName: (code) => regions.name(code, lang) }),
    [dataset, regions, lang],
  );
  return <ChartGrid charts={charts} height={HEIGHT} columns={3} lang={lang} theme={theme} />;
}
