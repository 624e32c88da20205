import { keyFiguresFor } from '../../charts/key-figure';
import { section } from '../../charts/panel-model';
import type { Localized } from '../../data/schema';
import type { DatasetPanelSpec } from '../../ui/panel-spec';
import {
  GROUP_FIGURES,
  GROUP_INDICATOR,
  buildMedicalGroupsOption,
  clickedRegion,
} from './build-medical-groups-option';
import { groupKey } from './group-key';
import { medicalGroupsSentence } from './medical-groups-sentence';

const MAP_TITLE: Localized = {
  // "Tied to", not "belongs to": only two districts joined a group; others signed an agreement
  // or cooperate (the tie dimension).
  zh: '各旗县区关联的医疗集团（按牵头医院）',
  en: 'The medical group each district or county is tied to, by lead hospital',
};
/** The map's parent region: its geometry file and its children. */
const CITY = '150100';
const MAP_HEIGHT = 380;
/** Title and note around the map, plus up to three rows of key figures. */
const CHROME = 320;

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
    // The selection's own ties when it has any (a county), else the whole map.
    const own = observations.some((o) => o.indicator === GROUP_INDICATOR);
    const sentence = medicalGroupsSentence(dataset, own ? observations : context, {
      lang,
      regionName,
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
              sentence,
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
