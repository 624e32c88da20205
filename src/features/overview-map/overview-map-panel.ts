import { section } from '../../charts/panel-model';
import type { RegionLinks } from '../../charts/panel-model';
import type { RegionIndex } from '../../data/regions';
import type { Lang } from '../../data/schema';
import { sourceLine } from '../../data/describe';
import { tFor } from '../../i18n/i18n';
import { messages } from '../../i18n/messages';
import type { SummariesPanelSpec } from '../../ui/panel-spec';
import { buildOverviewMapOption, countFigures } from './build-overview-map-option';
import { COUNTY_MAPS, PROVINCE, mapFor } from './drill-in';
import { overviewSentence } from './overview-sentence';

// The province is wide and short: a phone gets a shorter map rather than empty bands.
const HEIGHT = { wide: 420, narrow: 280 };

const clickedCode = (params: unknown): string | undefined => {
  const code = (params as { name?: unknown } | null)?.name;
  return typeof code === 'string' ? code : undefined;
};

/** Into the leagues that have a county map, or back out to the province: by keyboard too. */
const regionLinks = (map: string, regions: RegionIndex, lang: Lang): RegionLinks => {
  const t = tFor(lang);
  return map === PROVINCE
    ? {
        label: t('overview.countyMaps'),
        links: COUNTY_MAPS.map((code) => ({ code, label: regions.name(code, lang) })),
      }
    : { links: [{ code: PROVINCE, label: `← ${t('overview.back')}` }] };
};

/**
 * Where the figures are: a map of the 12 leagues/cities that doubles as a region picker. A
 * league with county geometry (clicked, or chosen or one of its counties chosen in the Region
 * box) shows its own counties instead, the selected one outlined.
 */
export const overviewMapPanel: SummariesPanelSpec = {
  id: 'overview-map',
  source: 'summaries',
  title: { zh: messages.zh.overview.title, en: messages.en.overview.title },
  topic: null,
  layout: { wide: true, height: HEIGHT.wide },
  build: ({ summaries, regions, selectedRegion }, { lang, narrow }) => {
    const t = tFor(lang);
    const map = mapFor(selectedRegion, regions);
    const league = regions.name(map, lang);
    const title = map === PROVINCE ? t('overview.title') : t('overview.countyTitle', { league });
    const counts = countFigures(summaries, regions, map);
    const option = buildOverviewMapOption(counts, {
      lang,
      regions,
      selected: selectedRegion,
      figuresLabel: t('overview.figures'),
      title,
      narrow,
    });
    return {
      sections: [
        section('map', {
          charts: [
            {
              id: 'overview',
              title,
              option,
              sentence: overviewSentence(counts, regions, lang),
              height: HEIGHT.wide,
              narrowHeight: HEIGHT.narrow,
              geo: map,
              caption:
                map === PROVINCE
                  ? t('overview.caption', { count: counts.whole })
                  : t('overview.countyCaption', { league }) +
                    (counts.whole > 0
                      ? t('overview.countyWhole', { count: counts.whole, league })
                      : ''),
              regionAt: (params) => {
                const code = clickedCode(params);
                return code && regions.get(code) ? code : undefined;
              },
              // A second click on the selected county goes back to its league's whole.
              ...(map !== PROVINCE && { wholeRegion: map }),
              regionLinks: regionLinks(map, regions, lang),
            },
          ],
        }),
      ],
      notes: [],
      table: {
        columns: [t('region'), t('overview.figures')],
        rows: [[map, counts.whole] as const, ...counts.byArea].map(([code, count]) => ({
          key: code,
          region: code,
          cells: [regions.name(code, lang), String(count)],
        })),
      },
      sources: summaries.flatMap((d) =>
        d.sources.map((s) => `${d.title[lang]}: ${sourceLine(s, lang)}`),
      ),
    };
  },
};
