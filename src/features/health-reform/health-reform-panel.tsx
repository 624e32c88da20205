import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Lang, Localized } from '../../data/schema';
import { ChartGrid } from '../../ui/chart-grid';
import { DataPanel } from '../../ui/data-panel';
import type { PanelContent } from '../../ui/data-panel';
import { keyFiguresFor } from '../../ui/key-figure';
import { KeyFigures } from '../../ui/key-figures';
import type { PanelView } from '../../ui/view-props';
import {
  POVERTY_FIGURES,
  REFORM_CHART_INDICATORS,
  REFORM_FIGURES,
  buildHealthReformOptions,
} from './build-health-reform-options';

const TITLE = { zh: '健康扶贫与医药卫生体制改革', en: 'Health poverty alleviation and reform' };
const POVERTY_HEADING = { zh: '健康扶贫', en: 'Health poverty alleviation' };
const REFORM_HEADING = { zh: '医改与远程医疗', en: 'Reform and telemedicine' };
const INDICATORS = [...POVERTY_FIGURES, ...REFORM_FIGURES, ...REFORM_CHART_INDICATORS];
const ROW_HEIGHT = 52;
const AXIS_SPACE = 56;
/** Two headings, up to three rows of poverty cards and one of reform cards. */
const CHROME = 420;

export function HealthReformPanel({ view }: { view: PanelView }) {
  return (
    <DataPanel
      id="health-reform"
      datasetId="health-13th-fyp"
      title={TITLE}
      indicators={INDICATORS}
      view={view}
      height={CHROME + 2 * AXIS_SPACE + REFORM_CHART_INDICATORS.length * ROW_HEIGHT}
    >
      {(content) => <Content {...content} />}
    </DataPanel>
  );
}

function Group({
  heading,
  lang,
  children,
}: {
  heading: Localized;
  lang: Lang;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="flex flex-col gap-2">
      <h4 id={id} className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        {heading[lang]}
      </h4>
      {children}
    </div>
  );
}

function Content({ dataset, regions, observations, lang, theme }: PanelContent) {
  const charts = useMemo(
    () =>
      buildHealthReformOptions(dataset, observations, {
        lang,
        regionName: (code) => regions.name(code, lang),
      }),
    [dataset, observations, regions, lang],
  );
  const poverty = keyFiguresFor(dataset, observations, POVERTY_FIGURES, lang);
  const reform = keyFiguresFor(dataset, observations, REFORM_FIGURES, lang);
  return (
    <div className="flex flex-col gap-4">
      {poverty.length > 0 && (
        <Group heading={POVERTY_HEADING} lang={lang}>
          <KeyFigures figures={poverty} />
        </Group>
      )}
      {(reform.length > 0 || charts.length > 0) && (
        <Group heading={REFORM_HEADING} lang={lang}>
          {reform.length > 0 && <KeyFigures figures={reform} />}
          <ChartGrid
            charts={charts.map((c) => ({ ...c, height: AXIS_SPACE + c.rows * ROW_HEIGHT }))}
            height={AXIS_SPACE}
            columns={1}
            lang={lang}
            theme={theme}
          />
        </Group>
      )}
    </div>
  );
}
