import { useMemo } from 'react';
import { ChartBlock } from '../../ui/chart-block';
import { DataPanel } from '../../ui/data-panel';
import type { PanelContent } from '../../ui/data-panel';
import { keyFiguresFor } from '../../ui/key-figure';
import { KeyFigures } from '../../ui/key-figures';
import type { PanelView } from '../../ui/view-props';
import {
  PER_THOUSAND,
  RESOURCE_TOTALS,
  buildHealthResourcesOption,
} from './build-health-resources-option';

const TITLE = { zh: '卫生资源', en: 'Health resources' };
const INDICATORS = [...RESOURCE_TOTALS, ...PER_THOUSAND];
const ROW_HEIGHT = 46;
const AXIS_SPACE = 56;
/** Chart title and one row of key figures. */
const CHROME = 130;

export function HealthResourcesPanel({ view }: { view: PanelView }) {
  return (
    <DataPanel
      id="health-resources"
      datasetId="health-13th-fyp"
      title={TITLE}
      indicators={INDICATORS}
      view={view}
      height={AXIS_SPACE + PER_THOUSAND.length * ROW_HEIGHT + CHROME}
    >
      {(content) => <Content {...content} />}
    </DataPanel>
  );
}

function Content({ dataset, regions, observations, lang, theme }: PanelContent) {
  const chart = useMemo(
    () =>
      buildHealthResourcesOption(dataset, observations, {
        lang,
        regionName: (code) => regions.name(code, lang),
      }),
    [dataset, observations, regions, lang],
  );
  const totals = keyFiguresFor(dataset, observations, RESOURCE_TOTALS, lang);
  return (
    <div className="flex flex-col gap-3">
      {totals.length > 0 && <KeyFigures figures={totals} />}
      {chart && (
        <ChartBlock
          title={chart.title}
          option={chart.option}
          height={AXIS_SPACE + chart.rows * ROW_HEIGHT}
          lang={lang}
          theme={theme}
        />
      )}
    </div>
  );
}
