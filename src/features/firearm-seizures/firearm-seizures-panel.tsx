import { keyFiguresFor } from '../../ui/key-figure';
import { KeyFigures } from '../../ui/key-figures';
import { ChartGrid } from '../../ui/chart-grid';
import { DataPanel } from '../../ui/data-panel';
import type { PanelContent } from '../../ui/data-panel';
import type { PanelView } from '../../ui/view-props';
import {
  ENFORCEMENT_INDICATORS,
  SEIZURE_INDICATORS,
  buildFirearmSeizureOptions,
} from './build-firearm-seizures-options';

const TITLE = { zh: '2020年枪爆物品收缴', en: 'Firearm and explosive seizures, 2020' };
const INDICATORS = [...ENFORCEMENT_INDICATORS, ...SEIZURE_INDICATORS];
const ROW_HEIGHT = 34;
const CHROME = 56;

export function FirearmSeizuresPanel({ view }: { view: PanelView }) {
  return (
    <DataPanel
      id="firearm-seizures"
      datasetId="firearm-seizures-2020"
      title={TITLE}
      indicators={INDICATORS}
      view={view}
      height={640}
    >
      {(content) => <Content {...content} />}
    </DataPanel>
  );
}

function Content({ dataset, regions, observations, lang, theme }: PanelContent) {
  const charts = buildFirearmSeizureOptions(dataset, observations, {
    lang,
    regionName: (c) => regions.name(c, lang),
  });
  const enforcement = keyFiguresFor(dataset, observations, ENFORCEMENT_INDICATORS, lang);
  return (
    <div className="flex flex-col gap-3">
      <KeyFigures figures={enforcement} />
      <ChartGrid
        charts={charts.map((c) => ({ ...c, height: CHROME + c.rows * ROW_HEIGHT }))}
        height={CHROME}
        columns={1}
        lang={lang}
        theme={theme}
      />
    </div>
  );
}
