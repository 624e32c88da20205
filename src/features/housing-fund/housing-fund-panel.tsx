import { indicatorById } from '../../data/select';
import { ChartBlock } from '../../ui/chart-block';
import { DataPanel } from '../../ui/data-panel';
import type { PanelContent } from '../../ui/data-panel';
import { keyFiguresFor } from '../../ui/key-figure';
import { KeyFigures } from '../../ui/key-figures';
import type { PanelView } from '../../ui/view-props';
import {
  FIGURE_INDICATORS,
  SHARE_INDICATOR,
  buildHousingFundOption,
} from './build-housing-fund-option';

const TITLE = { zh: '住房公积金“跨省通办”', en: 'Housing fund: cross-province services' };
const INDICATORS = [SHARE_INDICATOR, ...FIGURE_INDICATORS];
const HEIGHT = 120;

export function HousingFundPanel({ view }: { view: PanelView }) {
  return (
    <DataPanel
      id="housing-fund"
      datasetId="housing-fund-services"
      title={TITLE}
      indicators={INDICATORS}
      view={view}
      height={HEIGHT + 140}
    >
      {(content) => <Content {...content} />}
    </DataPanel>
  );
}

function Content({ dataset, regions, observations, lang, theme }: PanelContent) {
  const option = buildHousingFundOption(dataset, observations, {
    lang,
    regionName: (c) => regions.name(c, lang),
  });
  const figures = keyFiguresFor(dataset, observations, FIGURE_INDICATORS, lang);
  return (
    <div className="flex flex-col gap-3">
      <KeyFigures figures={figures} />
      {option && (
        <ChartBlock
          title={indicatorById(dataset, SHARE_INDICATOR)?.name[lang] ?? SHARE_INDICATOR}
          option={option}
          height={HEIGHT}
          lang={lang}
          theme={theme}
        />
      )}
    </div>
  );
}
