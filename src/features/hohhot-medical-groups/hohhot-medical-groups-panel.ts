import { keyFiguresFor } from '../../charts/key-figure';
import { section } from '../../charts/panel-model';
import type { ChartKey } from '../../charts/panel-model';
import type { Localized } from '../../data/schema';
import type { DatasetPanelSpec } from '../../ui/panel-spec';
import {
  GROUP_FIGURES,
  GROUP_INDICATOR,
  buildMedicalGroupsOption,
  clickedRegion,
} from './build-medical-groups-option';
import type { GroupEntry } from './build-medical-groups-option';

const MAP_TITLE: Localized = {
  zh: '各旗县区所属医疗集团（按牵头医院）',
  en: 'Which group each district or county belongs to, by lead hospital',
};
const HINT: Localized = { zh: '点击地区名称或地图筛选', en: 'Click a name or the map to filter' };
/** The map's parent region: its geometry file and its children. */
const CITY = '150100';
const MAP_HEIGHT = 380;
/** Title and note around the map, plus up to three rows of key figures. */
const CHROME = 320;

/** The groups' legend as a key: each group's regions are buttons that filter. */
const groupKey = (groups: readonly GroupEntry[], lang: keyof Localized): ChartKey => ({
  placement: 'side',
  hint: HINT[lang],
  entries: groups.map((g) => ({
    id: g.id,
    label: g.label,
    swatch: { colour: g.colour, hatched: g.derived },
    regions: g.members,
  })),
});

/** Hohhot's divisions coloured by medical group; the alliance figures as cards. */
export const hohhotMedicalGroupsPanel: DatasetPanelSpec = {
  id: 'hohhot-medical-groups',
  source: 'dataset',
  datasetId: 'hohhot-medical-groups',
  title: { zh: '呼和浩特城市医疗集团与县域医共体', en: "Hohhot's medical groups" },
  topic: 'health',
  layout: { height: MAP_HEIGHT + CHROME },
  indicators: [GROUP_INDICATOR, ...GROUP_FIGURES],
  keepContext: true,
  build: ({ dataset, regions, context, observations, selectedRegion }, { lang, regionName }) => {
    const { option, groups, derivedNote } = buildMedicalGroupsOption(dataset, context, {
      lang,
      regionName,
      map: CITY,
      regions: regions.children(CITY).map((r) => r.code),
      selectedRegion,
    });
    return {
      sections: [
        section('map', {
          charts: [
            {
              id: 'medical-groups',
              title: MAP_TITLE[lang],
              option,
              height: MAP_HEIGHT,
              geo: CITY,
              key: groupKey(groups, lang),
              regionAt: clickedRegion,
              wholeRegion: CITY,
            },
          ],
        }),
        section('figures', { figures: keyFiguresFor(dataset, observations, GROUP_FIGURES, lang) }),
      ],
      notes: derivedNote ? [derivedNote] : [],
    };
  },
};
