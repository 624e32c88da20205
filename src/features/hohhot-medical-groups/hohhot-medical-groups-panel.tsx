import { useMemo } from 'react';
import { Chart } from '../../charts/chart';
import { useGeo } from '../../charts/use-geo';
import { messages } from '../../i18n/messages';
import { DataPanel } from '../../ui/data-panel';
import { useRegionToggle } from '../../ui/use-region-toggle';
import type { PanelContent } from '../../ui/data-panel';
import { KeyFigures } from '../../ui/key-figures';
import { LoadError } from '../../ui/load-error';
import { Skeleton } from '../../ui/skeleton';
import type { PanelView } from '../../ui/view-props';
import {
  GROUP_FIGURES,
  GROUP_INDICATOR,
  buildMedicalGroupsOption,
  clickedRegion,
} from './build-medical-groups-option';
import { GroupLegend } from './group-legend';
import { keyFiguresFor } from '../../ui/key-figure';

const TITLE = { zh: '呼和浩特城市医疗集团与县域医共体', en: "Hohhot's medical groups" };
const MAP_TITLE = {
  // "Tied to", not "belongs to": only two districts joined a group; others signed an agreement
  // or cooperate (the tie dimension).
  zh: '各旗县区关联的医疗集团（按牵头医院）',
  en: 'The medical group each district or county is tied to, by lead hospital',
};
const INDICATORS = [GROUP_INDICATOR, ...GROUP_FIGURES];
/** The map's parent region: its geometry file and its children. */
const CITY = '150100';
const MAP_HEIGHT = 380;
/** Title and note around the map, plus up to three rows of key figures. */
const CHROME = 320;

export function HohhotMedicalGroupsPanel({ view }: { view: PanelView }) {
  return (
    <DataPanel
      id="hohhot-medical-groups"
      datasetId="hohhot-medical-groups"
      title={TITLE}
      indicators={INDICATORS}
      view={view}
      height={MAP_HEIGHT + CHROME}
      keepContext
    >
      {(content) => <Content {...content} />}
    </DataPanel>
  );
}

function Content(content: PanelContent) {
  const { dataset, observations, lang } = content;
  const figures = useMemo(
    () => keyFiguresFor(dataset, observations, GROUP_FIGURES, lang),
    [dataset, observations, lang],
  );
  return (
    <div className="flex flex-col gap-3">
      <GroupMap {...content} />
      {figures.length > 0 && <KeyFigures figures={figures} />}
    </div>
  );
}

function GroupMap({
  dataset,
  regions,
  context,
  lang,
  theme,
  selectedRegion,
  selectRegion,
}: PanelContent) {
  const geo = useGeo(CITY);
  const { option, groups, derivedNote } = useMemo(
    () =>
      buildMedicalGroupsOption(dataset, context, {
        lang,
        regionName: (code) => regions.name(code, lang),
        map: CITY,
        regions: regions.children(CITY).map((r) => r.code),
        selectedRegion,
      }),
    [dataset, context, regions, lang, selectedRegion],
  );

  // A second click on the selected region goes back to the whole city.
  const { toggle, onEvents } = useRegionToggle(selectedRegion, selectRegion, CITY, clickedRegion);

  const title = MAP_TITLE[lang];
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">
        {title}
      </figcaption>
      <div className="grid gap-3 sm:grid-cols-[3fr_2fr]">
        {geo.isError ? (
          <div style={{ minHeight: MAP_HEIGHT }}>
            <LoadError error={geo.error} lang={lang} onRetry={() => void geo.refetch()} />
          </div>
        ) : geo.isSuccess ? (
          <Chart
            option={option}
            height={MAP_HEIGHT}
            ariaLabel={title}
            theme={theme}
            lang={lang}
            onEvents={onEvents}
            className="min-w-0"
          />
        ) : (
          <Skeleton height={MAP_HEIGHT} label={messages[lang].loading} />
        )}
        <GroupLegend groups={groups} lang={lang} onSelect={toggle} />
      </div>
      {derivedNote && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{derivedNote}</p>
      )}
    </figure>
  );
}
