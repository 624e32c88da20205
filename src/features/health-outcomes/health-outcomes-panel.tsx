import { useMemo } from 'react';
import { ChartGrid } from '../../ui/chart-grid';
import { DataPanel } from '../../ui/data-panel';
import type { PanelContent } from '../../ui/data-panel';
import type { PanelView } from '../../ui/view-props';
import { OUTCOME_GROUPS, buildHealthOutcomesOptions } from './build-health-outcomes-options';

const TITLE = { zh: '健康水平 2015→2019', en: 'Health outcomes, 2015→2019' };
const INDICATORS = OUTCOME_GROUPS.flatMap((g) => g.indicators);
const HEIGHT = 220;

export function HealthOutcomesPanel({ view }: { view: PanelView }) {
  return (
    <DataPanel
      id="health-outcomes"
      datasetId="health-13th-fyp"
      title={TITLE}
      indicators={INDICATORS}
      view={view}
      height={HEIGHT + 40}
    >
      {(content) => <Charts {...content} />}
    </DataPanel>
  );
}

function Charts({ dataset, regions, observations, lang, theme }: PanelContent) {
  const charts = useMemo(
    () =>
      buildHealthOutcomesOptions(dataset, observations, {
        lang,
        regionName: (code) => regions.name(code, lang),
      }),
    [dataset, observations, regions, lang],
  );
  return <ChartGrid charts={charts} height={HEIGHT} columns={3} lang={lang} theme={theme} />;
}
