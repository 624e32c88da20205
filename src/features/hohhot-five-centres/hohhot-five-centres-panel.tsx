import { useMemo } from 'react';
import { Chart } from '../../charts/chart';
import { DataPanel } from '../../ui/data-panel';
import { useRegionToggle } from '../../ui/use-region-toggle';
import type { PanelContent } from '../../ui/data-panel';
import type { PanelView } from '../../ui/view-props';
import {
  FIVE_CENTRES_INDICATORS,
  buildFiveCentresOption,
  clickedRegion,
} from './build-five-centres-option';
import { StatusKey } from './status-key';

const TITLE = { zh: '呼和浩特“五大中心”建设进展', en: 'Hohhot\'s "five centres": progress' };
// The hint is for the screen only: the title also names the chart in exported images.
const MATRIX_TITLE = { zh: '各医院与旗县区的建设状态', en: 'Status by hospital and district' };
const CLICK_HINT = {
  zh: '（点击有数据的行筛选地区）',
  en: ' (click a row with figures to filter)',
};
const CITY = '150100';
/** Two hospitals and nine divisions today; the height follows the rows. */
const ROW_HEIGHT = 34;
const HEADER = 56;
const EXPECTED_ROWS = 11;
const LEGEND_AND_TITLE = 110;

export function HohhotFiveCentresPanel({ view }: { view: PanelView }) {
  return (
    <DataPanel
      id="hohhot-five-centres"
      datasetId="hohhot-medical-groups"
      title={TITLE}
      indicators={FIVE_CENTRES_INDICATORS}
      view={view}
      height={HEADER + EXPECTED_ROWS * ROW_HEIGHT + LEGEND_AND_TITLE}
      keepContext
    >
      {(content) => <Matrix {...content} />}
    </DataPanel>
  );
}

function Matrix({
  dataset,
  regions,
  context,
  lang,
  theme,
  selectedRegion,
  selectRegion,
}: PanelContent) {
  const { option, rows, legend } = useMemo(
    () =>
      buildFiveCentresOption(dataset, context, {
        lang,
        regionName: (code) => regions.name(code, lang),
        city: CITY,
        divisions: regions.children(CITY).map((r) => r.code),
        selectedRegion,
      }),
    [dataset, context, regions, lang, selectedRegion],
  );

  const { onEvents } = useRegionToggle(selectedRegion, selectRegion, CITY, clickedRegion);

  const title = MATRIX_TITLE[lang];
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">
        {title}
        <span className="font-normal text-slate-500 dark:text-slate-400">{CLICK_HINT[lang]}</span>
      </figcaption>
      <Chart
        option={option}
        height={HEADER + rows.length * ROW_HEIGHT}
        ariaLabel={title}
        theme={theme}
        lang={lang}
        onEvents={onEvents}
      />
      <StatusKey entries={legend} />
    </figure>
  );
}
