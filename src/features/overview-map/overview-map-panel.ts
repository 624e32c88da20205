import { section } from '../../charts/panel-model';
import { sourceLine } from '../../data/describe';
import { tFor } from '../../i18n/i18n';
import { messages } from '../../i18n/messages';
import type { SummariesPanelSpec } from '../../ui/panel-spec';
import { PROVINCE, buildOverviewMapOption, countFigures } from './build-overview-map-option';
import { overviewSentence } from './overview-sentence';

// The province is wide and short: a phone gets a shorter map rather than empty bands.
const HEIGHT = { wide: 420, narrow: 280 };

const clickedCode = (params: unknown): string | undefined => {
  const code = (params as { name?: unknown } | null)?.name;
  return typeof code === 'string' ? code : undefined;
};

/** Where the figures are: a map of the 12 leagues/cities that doubles as a region picker. */
export const overviewMapPanel: SummariesPanelSpec = {
  id: 'overview-map',
  source: 'summaries',
  title: { zh: messages.zh.overview.title, en: messages.en.overview.title },
  topic: null,
  layout: { wide: true, height: HEIGHT.wide },
  build: ({ summaries, regions, selectedRegion }, { lang, narrow }) => {
    const t = tFor(lang);
    const counts = countFigures(summaries, regions);
    const option = buildOverviewMapOption(counts, {
      lang,
      regions,
      selected: selectedRegion,
      figuresLabel: t('overview.figures'),
      title: t('overview.title'),
    });
    return {
      sections: [
        section('map', {
          charts: [
            {
              id: 'overview',
              title: t('overview.title'),
              option,
              sentence: overviewSentence(counts, regions, lang),
              height: narrow ? HEIGHT.narrow : HEIGHT.wide,
              geo: PROVINCE,
              caption: t('overview.caption', { count: counts.province }),
              regionAt: (params) => {
                const code = clickedCode(params);
                return code && regions.get(code) ? code : undefined;
              },
            },
          ],
        }),
      ],
      notes: [],
      table: {
        columns: [t('region'), t('overview.figures')],
        rows: [[PROVINCE, counts.province] as const, ...counts.byLeague].map(([code, count]) => ({
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
