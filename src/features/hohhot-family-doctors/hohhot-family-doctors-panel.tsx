import { useMemo } from 'react';
import { ChartBlock } from '../../ui/chart-block';
import { DataPanel } from '../../ui/data-panel';
import type { PanelContent } from '../../ui/data-panel';
import { keyFiguresFor } from '../../ui/key-figure';
import { KeyFigures } from '../../ui/key-figures';
import type { PanelView } from '../../ui/view-props';
import { SIGNING_RATES, TEAMS, buildFamilyDoctorsOption } from './build-family-doctors-option';

const TITLE = { zh: '呼和浩特家庭医生签约服务', en: 'Family doctors in Hohhot' };
const INDICATORS = [TEAMS, ...SIGNING_RATES];
const CHART_HEIGHT = 150;
/** Chart title and the "as of" line, plus one row of key figures. */
const CHROME = 150;

export function HohhotFamilyDoctorsPanel({ view }: { view: PanelView }) {
  return (
    <DataPanel
      id="hohhot-family-doctors"
      datasetId="hohhot-medical-groups"
      title={TITLE}
      indicators={INDICATORS}
      view={view}
      height={CHART_HEIGHT + CHROME}
    >
      {(content) => <Content {...content} />}
    </DataPanel>
  );
}

function Content({ dataset, regions, observations, lang, theme }: PanelContent) {
  const chart = useMemo(
    () =>
      buildFamilyDoctorsOption(dataset, observations, {
        lang,
        regionName: (code) => regions.name(code, lang),
      }),
    [dataset, observations, regions, lang],
  );
  const teams = keyFiguresFor(dataset, observations, [TEAMS], lang);
  return (
    <div className="flex flex-col gap-3">
      {teams.length > 0 && <KeyFigures figures={teams} />}
      {chart && (
        <ChartBlock
          title={chart.title}
          option={chart.option}
          height={CHART_HEIGHT}
          caption={chart.caption}
          lang={lang}
          theme={theme}
        />
      )}
    </div>
  );
}
