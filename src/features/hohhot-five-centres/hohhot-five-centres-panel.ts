import { statusSentence } from '../../charts/chart-sentence';
import { section } from '../../charts/panel-model';
import type { DatasetPanelSpec } from '../../ui/panel-spec';
import {
  FIVE_CENTRES_INDICATORS,
  STATUS_INDICATOR,
  buildFiveCentresOption,
  clickedRegion,
  keyName,
} from './build-five-centres-option';

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

/** Which centre each hospital and division has built, by status, as a matrix. */
export const hohhotFiveCentresPanel: DatasetPanelSpec = {
  id: 'hohhot-five-centres',
  source: 'dataset',
  datasetId: 'hohhot-medical-groups',
  title: { zh: '呼和浩特“五大中心”建设进展', en: 'Hohhot\'s "five centres": progress' },
  topic: 'health',
  layout: { height: HEADER + EXPECTED_ROWS * ROW_HEIGHT + LEGEND_AND_TITLE },
  indicators: FIVE_CENTRES_INDICATORS,
  keepContext: true,
  build: ({ dataset, regions, context, observations, selectedRegion }, { lang, regionName }) => {
    const { option, rows, legend } = buildFiveCentresOption(dataset, context, {
      lang,
      regionName,
      city: CITY,
      divisions: regions.children(CITY).map((r) => r.code),
      selectedRegion,
    });
    // The cells drawn: the selection's own when it has any (a county), else the whole matrix.
    const own = observations.filter((o) => o.indicator === STATUS_INDICATOR);
    const sentence =
      statusSentence(
        dataset,
        own.length > 0 ? own : context.filter((o) => o.indicator === STATUS_INDICATOR),
        { lang, regionName },
        { subjectDimension: 'facility' },
      ) ?? '';
    return {
      sections: [
        section('matrix', {
          charts: [
            {
              id: 'five-centres',
              title: MATRIX_TITLE[lang],
              hint: CLICK_HINT[lang],
              option,
              sentence,
              height: HEADER + rows.length * ROW_HEIGHT,
              // Each status's colour with its pattern and the word its cells carry, so the
              // key reads without colour too.
              key: {
                placement: 'below',
                entries: legend.map((e) => ({
                  id: e.id,
                  // Named as the image key names them, so screen and export agree.
                  label: keyName(e, lang),
                  swatch: { colour: e.colour, ...(e.pattern && { pattern: e.pattern }) },
                })),
              },
              regionAt: clickedRegion,
              wholeRegion: CITY,
            },
          ],
        }),
      ],
      notes: [],
    };
  },
};
